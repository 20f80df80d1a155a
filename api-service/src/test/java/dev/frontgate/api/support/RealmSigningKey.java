package dev.frontgate.api.support;

import dev.frontgate.testing.keycloak.KeycloakServer;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation.KeyMetadataRepresentation;

import java.util.Base64;
import java.util.List;

/**
 * A key of our own, imported into the test realm with a low priority: Keycloak keeps signing with its own key but
 * publishes ours in its JWKS. Tokens we sign with it have a good signature, so the service's claim checks (expiry,
 * issuer, audience, …) are what refuses them — proved through the real JWKS, without any test switch in the service.
 */
public final class RealmSigningKey {

    private static RealmSigningKey trusted;

    private final TokenForge forge;
    private final String keyId;

    private RealmSigningKey(TokenForge forge, String keyId) {
        this.forge = forge;
        this.keyId = keyId;
    }

    /** Imported once per test JVM (the test Keycloak is fresh per JVM), before the service reads the JWKS. */
    public static synchronized RealmSigningKey trusted(KeycloakServer keycloak) {
        if (trusted == null) {
            TokenForge forge = new TokenForge("imported");
            trusted = new RealmSigningKey(forge, importInto(keycloak.admin().realm(keycloak.realm()), forge));
        }
        return trusted;
    }

    public String keyId() {
        return keyId;
    }

    public TokenForge forge() {
        return forge;
    }

    private static String importInto(RealmResource realm, TokenForge forge) {
        ComponentRepresentation component = new ComponentRepresentation();
        component.setName("api-service test key");
        component.setProviderId("rsa");
        component.setProviderType("org.keycloak.keys.KeyProvider");
        component.setParentId(realm.toRepresentation().getId());
        MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
        config.put("priority", List.of("1"));
        config.put("enabled", List.of("true"));
        config.put("active", List.of("true"));
        config.put("algorithm", List.of("RS256"));
        config.put("privateKey", List.of(pem(forge)));
        component.setConfig(config);
        try (Response response = realm.components().add(component)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("importing the test key answered " + response.getStatus());
            }
            String componentId = response.getLocation().getPath().replaceAll(".*/", "");
            return realm.keys().getKeyMetadata().getKeys().stream()
                    .filter(key -> componentId.equals(key.getProviderId()))
                    .map(KeyMetadataRepresentation::getKid)
                    .findFirst().orElseThrow();
        }
    }

    private static String pem(TokenForge forge) {
        try {
            byte[] pkcs8 = forge.key().toPrivateKey().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----";
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
