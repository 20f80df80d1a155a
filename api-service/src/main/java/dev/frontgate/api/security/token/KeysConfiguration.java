package dev.frontgate.api.security.token;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * How the service keeps Keycloak's signing keys: bound in application.yml to the FRONTGATE_JWKS_* variables.
 *
 * @param refetchInterval  the least time between two JWKS fetches, whatever asks for them: an unknown {@code kid}
 *                         (a rotated key, or a forged one) costs Keycloak at most one request per interval
 * @param refreshInterval  how often known keys are refreshed in the background, so removed keys stop working
 * @param maxRetryInterval the longest wait between two background attempts while Keycloak is unreachable (the wait
 *                         doubles from {@code refetchInterval} up to this)
 * @param fetchTimeout     connect and read timeout of one fetch
 */
@ConfigurationProperties("frontgate.token.keys")
public record KeysConfiguration(
        @NotNull Duration refetchInterval,
        @NotNull Duration refreshInterval,
        @NotNull Duration maxRetryInterval,
        @NotNull Duration fetchTimeout) {

    public KeysConfiguration {
        for (Duration duration : new Duration[] {refetchInterval, refreshInterval, maxRetryInterval, fetchTimeout}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("frontgate.token.keys durations must be positive");
            }
        }
    }

    /** The wait before the next background attempt after {@code failures} failed fetches in a row. */
    Duration retryDelay(int failures) {
        Duration delay = refetchInterval;
        for (int i = 1; i < failures && delay.compareTo(maxRetryInterval) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryInterval) < 0 ? delay : maxRetryInterval;
    }
}
