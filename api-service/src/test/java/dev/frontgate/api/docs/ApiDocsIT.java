package dev.frontgate.api.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs against the real Keycloak: the OAuth URLs of the OpenAPI document and the authorization server of the
 * RFC 9728 metadata are the ones Keycloak itself publishes, and a token of the docs client (what Swagger UI's
 * Authorize button gets) is accepted with exactly the scopes it was granted.
 */
@MicronautTest
class ApiDocsIT extends KeycloakBackedTest {


    @Test
    void theDocumentsNameKeycloaksOwnEndpoints() {
        JsonNode discovery = Json.parse(new Api(URI.create(keycloak.issuer() + "/"))
                .get(".well-known/openid-configuration", null).body());
        Map<String, Object> flow = OpenApiDocument.map(OpenApiDocument.map(OpenApiDocument.fetch(api())
                .securityScheme(ApiDocumentation.SCHEME), "flows"), "authorizationCode");
        assertThat(flow.get("authorizationUrl")).isEqualTo(discovery.get("authorization_endpoint").asText());
        assertThat(flow.get("tokenUrl")).isEqualTo(discovery.get("token_endpoint").asText());

        JsonNode metadata = Json.parse(api().get("/.well-known/oauth-protected-resource", null).body());
        assertThat(Json.texts(metadata.get("authorization_servers")))
                .isEqualTo(List.of(discovery.get("issuer").asText()));
    }

    @Test
    void aTokenOfTheDocsClientIsAcceptedWithTheScopesItWasGranted() {
        String readOnly = keycloak.pkce().bearerLogin("alice", "read")
                .accessToken();

        assertThat(api().get("/api/notes", readOnly).statusCode()).isEqualTo(200);
        HttpResponse<String> write = api().send("POST", "/api/notes", readOnly, "{\"title\":\"t\",\"body\":\"b\"}");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        assertThat(Json.texts(Json.parse(write.body()).get("required_scopes"))).isEqualTo(List.of("write"));
    }
}
