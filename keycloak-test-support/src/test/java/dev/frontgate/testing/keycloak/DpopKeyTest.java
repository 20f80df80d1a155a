package dev.frontgate.testing.keycloak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DpopKeyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProofIsAnEs256JwtOfThePublicKeyNamingTheRequestAndTheToken() throws Exception {
        DpopKey key = DpopKey.generate();
        String proof = key.proof("GET", "http://localhost:8280/api/me", "the.access.token", null);
        String[] parts = proof.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        assertEquals("dpop+jwt", header.get("typ").asText());
        assertEquals("ES256", header.get("alg").asText());
        assertEquals(JSON.readTree(key.publicJwk()), header.get("jwk"));
        assertEquals("GET", claims.get("htm").asText());
        assertEquals("http://localhost:8280/api/me", claims.get("htu").asText());
        assertEquals(DpopKey.ath("the.access.token"), claims.get("ath").asText());
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key.keyPair().getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void everyProofHasItsOwnJti() throws Exception {
        DpopKey key = DpopKey.generate();
        assertNotEquals(jti(key.proof("GET", "http://a/")), jti(key.proof("GET", "http://a/")));
    }

    @Test
    void theKeyOfABoundTokenIsFoundByItsThumbprint() {
        DpopKey key = DpopKey.generate();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"cnf\":{\"jkt\":\"" + key.thumbprint() + "\"}}").getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.of(key), DpopKey.boundTo("h." + payload + ".s"));
        assertEquals(Optional.empty(), DpopKey.boundTo("h.e30.s"), "an unbound token");
        assertEquals(Optional.empty(), DpopKey.boundTo("not a jwt"));
    }

    @Test
    void theThumbprintIsRfc7638Sha256OfTheRequiredMembers() throws Exception {
        DpopKey key = DpopKey.generate();
        JsonNode jwk = JSON.readTree(key.publicJwk());
        String members = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + jwk.get("x").asText() + "\",\"y\":\""
                + jwk.get("y").asText() + "\"}";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(digest, Base64.getUrlDecoder().decode(key.thumbprint()));
    }

    private static String jti(String proof) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(proof.split("\\.")[1])).get("jti").asText();
    }
}
