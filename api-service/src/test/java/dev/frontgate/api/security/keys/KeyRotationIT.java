package dev.frontgate.api.security.keys;

import com.nimbusds.jwt.SignedJWT;
import dev.frontgate.api.support.CountingJwksProxy;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.testing.keycloak.KeycloakServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak rotates its signing key (a new RS256 key provider with a higher priority, through the admin API): the
 * first token signed by the new key is accepted on its first request, by the running service.
 */
@MicronautTest
class KeyRotationIT extends KeycloakBackedTest {

    private static final Duration REFETCH_INTERVAL = Duration.ofSeconds(2);

    private final CountingJwksProxy jwks = new CountingJwksProxy(keycloak.jwksUrl());
    private String rotatedKeyComponent;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontgate.token.jwks-url", jwks.url());
        properties.put("frontgate.token.keys.refetch-interval", REFETCH_INTERVAL.toMillis() + "ms");
        properties.put("frontgate.token.cache.enabled", "false");
        return properties;
    }

    @AfterAll
    void removeRotatedKeyAndProxy() {
        if (rotatedKeyComponent != null) {
            realm().components().component(rotatedKeyComponent).remove();
        }
        jwks.close();
    }

    @Test
    void tokenSignedByANewKeyIsAcceptedOnItsFirstRequest() throws ParseException {
        String before = keycloak.pkce().login("alice", "openid read").accessToken();
        assertThat(api().get("/api/me", before).statusCode()).isEqualTo(200);

        rotatedKeyComponent = addSigningKey(realm(), 1000);
        String after = keycloak.pkce().login("alice", "openid read").accessToken();
        assertThat(keyId(after)).as("Keycloak signs with the new key").isNotEqualTo(keyId(before));
        jwks.awaitQuiet(REFETCH_INTERVAL);
        int fetchesBefore = jwks.fetches();

        HttpResponse<String> first = api().get("/api/me", after);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        // The HA stack's replicas fetch from Keycloak themselves, not through this test's counting proxy.
        if (!KeycloakServer.isStack()) {
            assertThat(jwks.fetches()).as("the unknown key id made the service fetch the JWKS once")
                    .isEqualTo(fetchesBefore + 1);
        }
        assertThat(api().get("/api/me", before).statusCode()).as("the old key stays published and valid")
                .isEqualTo(200);
    }

    private RealmResource realm() {
        return keycloak.admin().realm(keycloak.realm());
    }

    private static String addSigningKey(RealmResource realm, int priority) {
        ComponentRepresentation key = new ComponentRepresentation();
        key.setName("rotated key " + priority);
        key.setProviderId("rsa-generated");
        key.setProviderType("org.keycloak.keys.KeyProvider");
        key.setParentId(realm.toRepresentation().getId());
        MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
        config.put("priority", List.of(String.valueOf(priority)));
        config.put("algorithm", List.of("RS256"));
        config.put("keySize", List.of("2048"));
        key.setConfig(config);
        try (Response response = realm.components().add(key)) {
            assertThat(response.getStatus()).isEqualTo(201);
            return response.getLocation().getPath().replaceAll(".*/", "");
        }
    }

    private static String keyId(String token) throws ParseException {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
