package dev.frontgate.api.health;

import dev.frontgate.api.security.token.SigningKeys;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Liveness for the launcher and compose, open without a token. The service stays UP while
 * Keycloak is unreachable (known keys keep working); {@code keys} says DEGRADED then, so monitoring can tell.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
final class HealthController {

    private final SigningKeys signingKeys;

    HealthController(SigningKeys signingKeys) {
        this.signingKeys = signingKeys;
    }

    @Get
    HealthResponse health() {
        return HealthResponse.of(signingKeys.state());
    }
}
