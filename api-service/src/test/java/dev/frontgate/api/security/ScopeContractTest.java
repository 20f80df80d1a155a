package dev.frontgate.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm export is the single source of scope names: every scope an endpoint needs must be a client scope the
 * frontend may request, and every such scope of the realm must be needed by some endpoint.
 */
@MicronautTest(startApplication = false)
class ScopeContractTest {

    private static final Path REALM = Path.of("..", "realm-config", "frontgate-realm.json");
    /** Keycloak's own optional scopes; they say nothing about this API. */
    private static final Set<String> KEYCLOAK_BUILT_INS = Set.of("offline_access", "address", "phone",
            "microprofile-jwt", "organization");

    @Inject
    Router router;

    @Test
    void endpointsUseExactlyTheApiScopesOfTheRealm() throws IOException {
        assertEquals(apiScopesOfRealm(), scopesUsedByEndpoints());
    }

    @Test
    void scopeConstantsMatchTheRealm() throws IOException {
        assertEquals(apiScopesOfRealm(), new TreeSet<>(Scopes.ALL));
    }

    @Test
    void apiScopesAreWrittenToTheTokenScopeClaim() throws IOException {
        JsonNode realm = Json.parse(Files.readString(REALM));
        for (JsonNode scope : realm.get("clientScopes")) {
            if (Scopes.ALL.contains(scope.get("name").asText())) {
                assertEquals("true", scope.get("attributes").get("include.in.token.scope").asText(),
                        scope.get("name").asText());
            }
        }
    }

    private Set<String> scopesUsedByEndpoints() {
        Set<String> used = new TreeSet<>();
        router.uriRoutes().forEach(route -> {
            for (HttpMethod method : Set.of(HttpMethod.GET, HttpMethod.POST)) {
                ScopeRequirement.of(route.getAnnotationMetadata(), method).ifPresent(r -> used.addAll(r.scopes()));
            }
        });
        return used;
    }

    private static Set<String> apiScopesOfRealm() throws IOException {
        JsonNode realm = Json.parse(Files.readString(REALM));
        JsonNode frontend = null;
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals("react-frontend")) {
                frontend = client;
            }
        }
        assertTrue(frontend != null, "realm has no react-frontend client");
        return Json.texts(frontend.get("optionalClientScopes")).stream()
                .filter(scope -> !KEYCLOAK_BUILT_INS.contains(scope))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
