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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class MeIT extends KeycloakBackedTest {

    @Test
    void aliceSeesHerIdentityScopesAndGroups() {
        Tokens alice = login("alice", "openid read groups");
        HttpResponse<String> response = api().get("/api/me", alice.accessToken());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode me = Json.parse(response.body());
        assertEquals(alice.claims().get("sub"), me.get("sub").asText());
        assertEquals("alice", me.get("preferred_username").asText());
        assertEquals("react-frontend", me.get("azp").asText());
        List<String> scopes = new ArrayList<>();
        me.get("scopes").forEach(scope -> scopes.add(scope.asText()));
        assertTrue(scopes.containsAll(List.of("read", "groups")), scopes.toString());
        assertFalse(scopes.contains("write"), scopes.toString());
        assertEquals("[\"editors\",\"team-a\"]", me.get("groups").toString());
    }

    @Test
    void groupListNeedsTheGroupsScope() {
        HttpResponse<String> withGroups = api().get("/api/me/groups", login("bob", "openid read groups").accessToken());
        assertEquals(200, withGroups.statusCode(), withGroups.body());
        assertEquals("{\"groups\":[\"team-a\"]}", withGroups.body());
        HttpResponse<String> without = api().get("/api/me/groups", login("bob", "openid read").accessToken());
        assertEquals(403, without.statusCode());
        assertEquals("Bearer realm=\"frontgate\", error=\"insufficient_scope\", scope=\"groups\"",
                without.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void noTokenIsUnauthorizedWithoutErrorCode() {
        HttpResponse<String> response = api().get("/api/me", null);
        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"frontgate\"" + resourceMetadataParameter(),
                response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void healthIsOpen() {
        // A verified token means the signing keys were fetched, so they must be reported UP.
        assertEquals(200, api().get("/api/me", login("alice", "openid read").accessToken()).statusCode());
        HttpResponse<String> response = api().get("/health", null);
        assertEquals(200, response.statusCode());
        JsonNode health = Json.parse(response.body());
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("keys").asText(), response.body());
    }
}
