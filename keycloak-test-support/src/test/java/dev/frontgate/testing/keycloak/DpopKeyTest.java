package dev.frontgate.testing.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DpopKeyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProofIsAnEs256JwtOfThePublicKeyNamingTheRequestAndTheToken() throws Exception {
        DpopKey key = DpopKey.generate();
        String proof = key.proof("GET", "http://localhost:8280/api/me", "the.access.token", null);
        String[] parts = proof.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        assertThat(header.get("typ").asText()).isEqualTo("dpop+jwt");
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("jwk")).isEqualTo(JSON.readTree(key.publicJwk()));
        assertThat(claims.get("htm").asText()).isEqualTo("GET");
        assertThat(claims.get("htu").asText()).isEqualTo("http://localhost:8280/api/me");
        assertThat(claims.get("ath").asText()).isEqualTo(DpopKey.ath("the.access.token"));
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key.keyPair().getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void everyProofHasItsOwnJti() throws Exception {
        DpopKey key = DpopKey.generate();
        assertThat(jti(key.proof("GET", "http://a/"))).isNotEqualTo(jti(key.proof("GET", "http://a/")));
    }

    @Test
    void theKeyOfABoundTokenIsFoundByItsThumbprint() {
        DpopKey key = DpopKey.generate();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"cnf\":{\"jkt\":\"" + key.thumbprint() + "\"}}").getBytes(StandardCharsets.UTF_8));

        assertThat(DpopKey.boundTo("h." + payload + ".s")).containsSame(key);
        assertThat(DpopKey.boundTo("h.e30.s")).as("an unbound token").isEmpty();
        assertThat(DpopKey.boundTo("not a jwt")).isEmpty();
    }

    @Test
    void theThumbprintIsRfc7638Sha256OfTheRequiredMembers() throws Exception {
        DpopKey key = DpopKey.generate();
        JsonNode jwk = JSON.readTree(key.publicJwk());
        String members = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + jwk.get("x").asText() + "\",\"y\":\""
                + jwk.get("y").asText() + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
        assertThat(Base64.getUrlDecoder().decode(key.thumbprint())).isEqualTo(digest);
    }

    private static String jti(String proof) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(proof.split("\\.")[1])).get("jti").asText();
    }
}
