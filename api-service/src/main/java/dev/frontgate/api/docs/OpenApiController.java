package dev.frontgate.api.docs;

import dev.frontgate.api.security.token.TokenConfiguration;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document that micronaut-openapi wrote at compile time, with Keycloak's URLs for the issuer this
 * service is configured with: one build serves the local stack, containers and tests alike.
 */
@Controller(OpenApiController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class OpenApiController {

    static final String PATH = "/openapi.yml";
    private static final String GENERATED = "META-INF/swagger/frontgate-api.yml";

    private final String document;

    OpenApiController(TokenConfiguration token) {
        this.document = generated().replace(ApiDocumentation.ISSUER_PLACEHOLDER, token.issuer());
    }

    @Get
    @Produces(MediaType.APPLICATION_YAML)
    String document() {
        return document;
    }

    private static String generated() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(GENERATED)) {
            if (in == null) {
                throw new IllegalStateException(GENERATED + " is missing: micronaut-openapi did not run at build time");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
