package dev.frontgate.api.security.keys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.Pause;
import dev.frontgate.api.support.TokenForge;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Keycloak stopped and started again ({@code KeycloakServer.stop()/start()}, same ports, same database).
 * The verified-token cache is off here, so what keeps known tokens working is the kept signing keys.
 */
@MicronautTest
class KeycloakOutageIT extends KeycloakBackedTest {

    private static final Duration REFETCH_INTERVAL = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontgate.token.cache.enabled", "false");
        properties.put("frontgate.token.keys.refetch-interval", REFETCH_INTERVAL.toMillis() + "ms");
        properties.put("frontgate.token.keys.refresh-interval", "2s");
        properties.put("frontgate.token.keys.max-retry-interval", "2s");
        properties.put("frontgate.token.keys.fetch-timeout", "2s");
        return properties;
    }

    @BeforeEach
    void needsAStoppableKeycloak() {
        assumeTrue(keycloak.canRestart(), "only the distribution backend can stop and start Keycloak");
    }

    @Test
    void knownTokensKeepWorkingWhileKeycloakIsDownAndKeysRecoverWhenItIsBack() {
        Api api = api();
        String alice = keycloak.pkce().login("alice", "openid read").accessToken();
        assertThat(api.get("/api/notes", alice).statusCode()).isEqualTo(200);
        awaitKeys(api, "UP");

        keycloak.stop();
        try {
            JsonNode degraded = awaitKeys(api, "DEGRADED");
            assertThat(degraded.get("status").asText()).as("the service itself is not down").isEqualTo("UP");
            assertThat(degraded.get("keyCount").asInt() > 0).as(degraded.toString()).isTrue();
            for (int request = 0; request < 20; request++) {
                assertThat(api.get("/api/notes", alice).statusCode()).isEqualTo(200);
                assertThat(api.get("/api/me", alice).statusCode()).isEqualTo(200);
            }
            assertThat(api.get("/api/me", forgedKeyId()).statusCode()).isEqualTo(401);
        } finally {
            keycloak.start();
        }

        awaitKeys(api, "UP");
        String bob = keycloak.pkce().login("bob", "openid read").accessToken();
        assertThat(api.get("/api/me", bob).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/notes", alice).statusCode()).isEqualTo(200);
    }

    @Test
    void serviceStartedWhileKeycloakIsDownServesTheFirstValidTokenOnceKeycloakIsUp() throws InterruptedException {
        String alice = keycloak.pkce().login("alice", "openid read").accessToken();
        Map<String, Object> properties = new HashMap<>(getProperties());
        EmbeddedServer coldStarted = null;
        keycloak.stop();
        try {
            coldStarted = ApplicationContext.run(EmbeddedServer.class, properties);
            Api api = new Api(coldStarted.getURI());
            HttpResponse<String> health = api.get("/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode state = Json.parse(health.body());
            assertThat(state.get("status").asText()).isEqualTo("UP");
            assertThat(state.get("keys").asText()).isEqualTo("DEGRADED");
            assertThat(state.get("keyCount").asInt()).isEqualTo(0);
            HttpResponse<String> withoutKeys = api.get("/api/me", alice);
            assertThat(withoutKeys.statusCode()).as("no key, no trust; and never a 5xx").isEqualTo(401);
        } finally {
            keycloak.start();
        }
        try {
            // Keycloak is ready now; the service may look again once the interval of its last failed try is over.
            Thread.sleep(REFETCH_INTERVAL.plusMillis(200));
            HttpResponse<String> first = new Api(coldStarted.getURI()).get("/api/me", alice);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        } finally {
            coldStarted.close();
        }
    }

    private String forgedKeyId() {
        return new TokenForge("forged-during-outage").sign(
                TokenForge.accessClaims(keycloak.issuer(), Instant.now()).build());
    }

    /** Polls the health endpoint until the key source reaches the state; the background retry gets it there. */
    private static JsonNode awaitKeys(Api api, String keys) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode health;
        do {
            HttpResponse<String> response = api.get("/health", null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            health = Json.parse(response.body());
            if (keys.equals(health.get("keys").asText())) {
                return health;
            }
            Pause.of(Duration.ofMillis(200));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("health never reported keys " + keys + ": " + health);
    }
}
