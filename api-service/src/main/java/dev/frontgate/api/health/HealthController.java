package dev.frontgate.api.health;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** Liveness for the launcher and compose: the one endpoint open without a token. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
final class HealthController {

    @Get
    Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
