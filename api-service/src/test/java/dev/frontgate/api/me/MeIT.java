package dev.frontgate.api.me;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.testing.keycloak.Tokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class MeIT extends KeycloakBackedTest {

    @Test
    void aliceSeesHerIdentityScopesAndGroups() {
        Tokens alice = login("alice", "openid read groups");
        HttpResponse<String> response = api().get("/api/me", alice.accessToken());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode me = Json.parse(response.body());
        assertThat(me.get("sub").asText()).isEqualTo(alice.claims().get("sub"));
        assertThat(me.get("preferred_username").asText()).isEqualTo("alice");
        assertThat(me.get("azp").asText()).isEqualTo("react-frontend");
        List<String> scopes = new ArrayList<>();
        me.get("scopes").forEach(scope -> scopes.add(scope.asText()));
        assertThat(scopes).contains("read", "groups");
        assertThat(scopes).doesNotContain("write");
        assertThat(me.get("groups").toString()).isEqualTo("[\"/editors\",\"/team-a\"]");
    }

    @Test
    void groupListNeedsTheGroupsScope() {
        HttpResponse<String> withGroups = api().get("/api/me/groups", login("bob", "openid read groups").accessToken());
        assertThat(withGroups.statusCode()).as(withGroups.body()).isEqualTo(200);
        assertThat(withGroups.body()).isEqualTo("{\"groups\":[\"/team-a\"]}");
        HttpResponse<String> without = api().get("/api/me/groups", login("bob", "openid read").accessToken());
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.headers().firstValue("WWW-Authenticate").orElseThrow())
                .isEqualTo(DPOP_CHALLENGE + ", error=\"insufficient_scope\", scope=\"groups\"");
    }

    @Test
    void noTokenIsUnauthorizedWithoutErrorCode() {
        HttpResponse<String> response = api().get("/api/me", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .isEqualTo("Bearer realm=\"frontgate\"" + resourceMetadataParameter());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
    }

    @Test
    void healthIsOpen() {
        // A verified token means the signing keys were fetched, so they must be reported UP.
        assertThat(api().get("/api/me", login("alice", "openid read").accessToken()).statusCode()).isEqualTo(200);
        HttpResponse<String> response = api().get("/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = Json.parse(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("keys").asText()).as(response.body()).isEqualTo("UP");
    }
}
