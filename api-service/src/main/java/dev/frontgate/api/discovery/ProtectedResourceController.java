package dev.frontgate.api.discovery;

import dev.frontgate.api.security.Scopes;
import dev.frontgate.api.security.dpop.DpopConfiguration;
import dev.frontgate.api.security.token.TokenConfiguration;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/**
 * RFC 9728 metadata, open like Keycloak's discovery document: an OAuth-aware client that got a 401 follows
 * {@code resource_metadata} here and learns which authorization server issues tokens for this API, and which scopes.
 */
@Controller(ProtectedResource.METADATA_PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "discovery")
final class ProtectedResourceController {

    /** Tokens are read from the Authorization header only: never from a query string or a form body. */
    private static final List<String> BEARER_METHODS = List.of("header");

    private final ProtectedResource resource;
    private final TokenConfiguration token;
    private final DpopConfiguration dpop;

    ProtectedResourceController(ProtectedResource resource, TokenConfiguration token, DpopConfiguration dpop) {
        this.resource = resource;
        this.token = token;
        this.dpop = dpop;
    }

    @Get
    @Operation(summary = "OAuth 2.0 protected resource metadata (RFC 9728).")
    ProtectedResourceMetadata metadata() {
        return new ProtectedResourceMetadata(
                resource.identifier(),
                List.of(token.issuer()),
                Scopes.ALL.stream().sorted().toList(),
                BEARER_METHODS,
                "Frontgate API",
                resource.identifier() + "/swagger-ui/index.html",
                dpop.algorithms(),
                // Required of every OAuth client that discovers this API; the one exception is api-docs, the
                // Swagger UI this service serves itself, which the README names.
                true);
    }
}
