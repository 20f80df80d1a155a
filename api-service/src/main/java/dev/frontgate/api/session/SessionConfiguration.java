package dev.frontgate.api.session;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Ended sessions and back-channel logout: bound in application.yml to the FRONTGATE_SESSION_* variables.
 *
 * @param refreshInterval    how often each replica reloads the ended sessions from the shared table
 * @param tokenLifetime      the longest lifetime of an access token the allowed clients get (Keycloak's access token
 *                           lifespan, 5 minutes in our realm): an ended session is remembered this long, plus the
 *                           clock skew, after its logout, because no token of it can live longer
 * @param logoutTokenMaxAge  how old ({@code iat}) a logout token may be; its {@code jti} is remembered as long
 *                           (Keycloak's logout tokens expire 2 minutes after they are issued)
 */
@ConfigurationProperties("frontgate.session")
public record SessionConfiguration(
        @NotNull Duration refreshInterval,
        @NotNull Duration tokenLifetime,
        @NotNull Duration logoutTokenMaxAge) {

    public SessionConfiguration {
        for (Duration duration : new Duration[] {refreshInterval, tokenLifetime, logoutTokenMaxAge}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("frontgate.session durations must be positive");
            }
        }
    }
}
