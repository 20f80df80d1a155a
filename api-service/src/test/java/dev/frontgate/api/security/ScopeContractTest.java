package dev.frontgate.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.RealmExport;
import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm export is the single source of scope names: every scope an endpoint needs must be a client scope the
 * frontend may request, and every such scope of the realm must be needed by some endpoint.
 */
@MicronautTest(startApplication = false)
class ScopeContractTest {

    @Inject
    Router router;

    @Test
    void endpointsUseExactlyTheApiScopesOfTheRealm() {
        assertThat(scopesUsedByEndpoints()).isEqualTo(RealmExport.apiScopes());
    }

    @Test
    void scopeConstantsMatchTheRealm() {
        assertThat(new TreeSet<>(Scopes.ALL)).isEqualTo(RealmExport.apiScopes());
    }

    @Test
    void apiScopesAreWrittenToTheTokenScopeClaim() {
        for (JsonNode scope : RealmExport.realm().get("clientScopes")) {
            if (Scopes.ALL.contains(scope.get("name").asText())) {
                assertThat(scope.get("attributes").get("include.in.token.scope").asText())
                        .as(scope.get("name").asText()).isEqualTo("true");
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
}
