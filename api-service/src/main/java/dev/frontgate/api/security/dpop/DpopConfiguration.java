package dev.frontgate.api.security.dpop;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * DPoP (RFC 9449): bound in application.yml to the FRONTGATE_DPOP_* variables.
 *
 * @param requiredClients clients ({@code azp}) whose tokens must be DPoP-bound: their unbound tokens are refused
 * @param algorithms      proof algorithms accepted; asymmetric only (a proof's key is public by design)
 * @param maxAge          how old a proof's {@code iat} may be; also how long its {@code jti} is remembered
 * @param clockSkew       how far ahead of this server's clock a proof's {@code iat} may be
 * @param nonceSecret     when set, proofs must carry a server nonce ({@code DPoP-Nonce}) made with this secret;
 *                        every replica needs the same one
 * @param nonceLifetime   how long a server nonce stays good
 */
@ConfigurationProperties("frontgate.dpop")
public record DpopConfiguration(
        List<String> requiredClients,
        @NotEmpty List<String> algorithms,
        @NotNull Duration maxAge,
        @NotNull Duration clockSkew,
        @Nullable String nonceSecret,
        @NotNull Duration nonceLifetime) {

    private static final Set<String> ASYMMETRIC = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");

    public DpopConfiguration {
        requiredClients = requiredClients == null ? List.of() : List.copyOf(requiredClients);
        algorithms = List.copyOf(algorithms);
        for (String algorithm : algorithms) {
            if (!ASYMMETRIC.contains(algorithm)) {
                throw new IllegalArgumentException("frontgate.dpop.algorithms must not contain " + algorithm
                        + "; allowed are " + ASYMMETRIC);
            }
        }
        if (maxAge.isNegative() || maxAge.isZero() || clockSkew.isNegative()) {
            throw new IllegalArgumentException("frontgate.dpop.max-age must be positive, clock-skew not negative");
        }
    }

    public boolean noncesRequired() {
        return nonceSecret != null && !nonceSecret.isBlank();
    }

    /** Until when a proof's {@code jti} must be remembered: after that its {@code iat} is too old anyway. */
    Instant rememberUntil(Instant issuedAt) {
        return issuedAt.plus(maxAge).plus(clockSkew);
    }
}
