package dev.frontgate.api.docs;

import dev.frontgate.api.security.ScopeRequirement;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.RealmExport;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpMethod;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The scope contract, extended to the docs: the OpenAPI document the running service serves lists, for every
 * operation, exactly the scopes its rule requires, and offers exactly the realm's API scopes with their descriptions.
 * Changing a rule (or the realm) without the docs fails here.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsContractTest implements TestPropertyProvider {

    /** Not the default: proves the document names the issuer the service is configured with. */
    private static final String ISSUER = "http://localhost:18180/realms/frontgate";

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "frontgate.token.issuer", ISSUER);
    }

    @Test
    void everyOperationListsExactlyTheScopesItsRuleRequires() {
        Map<String, Map<String, Object>> documented = document().operations();
        Map<String, List<Map<String, List<String>>>> expected = new TreeMap<>();
        router.uriRoutes()
                // HEAD is Micronaut's automatic twin of each GET; the document does not describe itself.
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> !route.getUriMatchTemplate().toPathString().equals(OpenApiController.PATH))
                // Management endpoints (/prometheus) answer on the management port only: not part of the API.
                .filter(route -> !route.getAnnotationMetadata().hasStereotype(Endpoint.class))
                .forEach(route -> expected.put(key(route), securityOf(route)));

        assertThat(documented.keySet()).as("documented operations = routes").isEqualTo(expected.keySet());
        expected.forEach((operation, security) ->
                assertThat(OpenApiDocument.security(documented.get(operation))).as(operation).isEqualTo(security));
    }

    @Test
    void theSecuritySchemeIsKeycloaksAuthorizationCodeFlowWithTheRealmsScopes() {
        Map<String, Object> scheme = document().securityScheme(ApiDocumentation.SCHEME);
        assertThat(scheme.get("type")).isEqualTo("oauth2");
        Map<String, Object> flow = OpenApiDocument.map(OpenApiDocument.map(scheme, "flows"), "authorizationCode");
        assertThat(flow.get("authorizationUrl")).isEqualTo(ISSUER + "/protocol/openid-connect/auth");
        assertThat(flow.get("tokenUrl")).isEqualTo(ISSUER + "/protocol/openid-connect/token");
        assertThat(new TreeMap<>(OpenApiDocument.map(flow, "scopes"))).isEqualTo(RealmExport.apiScopeDescriptions());
    }

    @Test
    void everyProtectedOperationDocumentsItsProblemAnswers() {
        document().operations().forEach((operation, details) -> {
            if (OpenApiDocument.security(details).isEmpty()) {
                return;
            }
            Map<String, Object> responses = OpenApiDocument.map(details, "responses");
            for (String status : List.of("401", "403")) {
                Map<String, Object> content = OpenApiDocument.map(OpenApiDocument.map(responses, status), "content");
                assertThat(content).as(operation + " " + status).containsKey("application/problem+json");
            }
        });
        Map<String, Object> problem = OpenApiDocument.map(OpenApiDocument.map(OpenApiDocument.map(
                document().root(), "components"), "schemas"), "Problem");
        assertThat(OpenApiDocument.map(problem, "properties").keySet()
                .containsAll(List.of("type", "title", "status", "detail", "error", "required_scopes",
                        "invalid_fields"))).isTrue();
    }

    private OpenApiDocument document() {
        return OpenApiDocument.fetch(new Api(server.getURI()));
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString();
    }

    /** What the rule of a route asks for, as OpenAPI security requirements (alternatives, each all-of). */
    private static List<Map<String, List<String>>> securityOf(UriRouteInfo<?, ?> route) {
        AnnotationMetadata metadata = route.getAnnotationMetadata();
        Optional<ScopeRequirement> requirement = ScopeRequirement.of(metadata, route.getHttpMethod());
        if (requirement.isPresent()) {
            return requirement.get().match() == ScopeRequirement.Match.ANY_OF
                    ? requirement.get().scopes().stream().map(scope -> scheme(List.of(scope))).toList()
                    : List.of(scheme(requirement.get().scopes()));
        }
        List<String> secured = Arrays.asList(metadata.stringValues(Secured.class));
        if (secured.equals(List.of(SecurityRule.IS_AUTHENTICATED))) {
            return List.of(scheme(List.of()));
        }
        if (secured.equals(List.of(SecurityRule.IS_ANONYMOUS))) {
            return List.of();
        }
        return fail(key(route) + " has a rule the docs contract does not know: " + secured);
    }

    private static Map<String, List<String>> scheme(List<String> scopes) {
        return Map.of(ApiDocumentation.SCHEME, scopes);
    }
}
