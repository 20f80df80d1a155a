package dev.frontgate.api.security.token;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What an access token must look like to be accepted: bound in application.yml to the FRONTGATE_* variables.
 *
 * @param issuer         the exact {@code iss} value (Keycloak's realm URL as the browser sees it)
 * @param jwksUrl        where to fetch the signing keys; empty means the issuer's certs endpoint. It differs from the
 *                       issuer when the service reaches Keycloak under another host name (containers).
 * @param audience       a value {@code aud} must contain
 * @param allowedClients the clients ({@code azp}) whose tokens are accepted: this is what keeps other clients out
 * @param clockSkew      tolerance for {@code exp}, {@code nbf} and {@code iat}
 * @param algorithms     accepted JWS algorithms; asymmetric ones only
 */
@ConfigurationProperties("frontgate.token")
public record TokenConfiguration(
        @NotBlank String issuer,
        @Nullable String jwksUrl,
        @NotBlank String audience,
        @NotEmpty List<String> allowedClients,
        @NotNull Duration clockSkew,
        @NotEmpty List<String> algorithms) {

    /** Symmetric algorithms would let anyone holding the public key (everyone) mint tokens; "none" needs no key. */
    private static final Set<String> NEVER_ALLOWED = Set.of("none", "HS256", "HS384", "HS512");

    public TokenConfiguration {
        allowedClients = List.copyOf(allowedClients);
        algorithms = List.copyOf(algorithms);
        for (String algorithm : algorithms) {
            if (NEVER_ALLOWED.contains(algorithm) || algorithm.startsWith("HS")) {
                throw new IllegalArgumentException("frontgate.token.algorithms must not contain " + algorithm);
            }
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("frontgate.token.clock-skew must not be negative");
        }
    }

    public URI jwksUri() {
        String url = jwksUrl == null || jwksUrl.isBlank() ? issuer + "/protocol/openid-connect/certs" : jwksUrl;
        return URI.create(url);
    }
}
