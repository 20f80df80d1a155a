package dev.frontgate.api.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.RealmExport;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9728: the metadata names this API, Keycloak as its issuer and the realm's scopes; every 401 points to it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectedResourceMetadataTest implements TestPropertyProvider {

    private static final String ISSUER = "http://localhost:18180/realms/frontgate";
    private static final Pattern RESOURCE_METADATA = Pattern.compile("resource_metadata=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "frontgate.token.issuer", ISSUER);
    }

    @Test
    void metadataNamesTheResourceItsAuthorizationServerAndTheRealmsScopes() {
        HttpResponse<String> response = api().get("/.well-known/oauth-protected-resource", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode metadata = Json.parse(response.body());

        assertThat(metadata.get("resource").asText()).isEqualTo("http://localhost:" + server.getPort());
        assertThat(Json.texts(metadata.get("authorization_servers"))).isEqualTo(List.of(ISSUER));
        assertThat(new TreeSet<>(Json.texts(metadata.get("scopes_supported")))).isEqualTo(RealmExport.apiScopes());
        assertThat(Json.texts(metadata.get("bearer_methods_supported"))).isEqualTo(List.of("header"));
    }

    @Test
    void everyUnauthorizedAnswerPointsToTheMetadata() {
        for (String authorization : new String[] {null, "Bearer not-a-jwt", "Basic YWxpY2U6eA=="}) {
            HttpResponse<String> response = api().send(authorization == null ? api().request("/api/notes").GET()
                    : api().request("/api/notes").header("Authorization", authorization).GET());
            assertThat(response.statusCode()).isEqualTo(401);
            Matcher parameter = RESOURCE_METADATA.matcher(response.headers().firstValue("WWW-Authenticate")
                    .orElseThrow());
            assertThat(parameter.find()).as(String.valueOf(authorization)).isTrue();

            URI metadataUrl = URI.create(parameter.group(1));
            assertThat(metadataUrl.getPath()).isEqualTo("/.well-known/oauth-protected-resource");
            JsonNode metadata = Json.parse(api().send(api().request(metadataUrl.getPath()).GET()).body());
            // RFC 9728 section 3.3: the resource is the URL the metadata URL was formed from.
            assertThat(metadata.get("resource").asText() + metadataUrl.getPath()).isEqualTo(metadataUrl.toString());
        }
    }

    private Api api() {
        return new Api(server.getURI());
    }
}
