package dev.frontgate.api.security.dpop;

import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.ProofForge;
import dev.frontgate.testing.keycloak.Tokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the API on one database, behind one public URL (as behind the balancer): a proof accepted by one is
 * refused by the other, because the {@code jti}s live in the shared table, not in either replica's memory.
 */
@MicronautTest
class DpopReplicasIT extends KeycloakBackedTest {

    /** The balancer's origin: what clients address, so what their proofs name in {@code htu}. */
    private static final String PUBLIC_URL = "http://api.frontgate.test";


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontgate.resource.url", PUBLIC_URL);
        return properties;
    }


    @Test
    void proofUsedAtOneReplicaIsRefusedAtTheOther() {
        Tokens alice = login("alice", "openid read");
        String proof = proof(alice);
        assertThat(api().send(call(api(), alice, proof)).statusCode()).isEqualTo(200);

        Api second = secondReplica();
        HttpResponse<String> replay = second.send(call(second, alice, proof));

        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(401);
        assertThat(replay.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("DPoP ")
                        .contains("error=\"invalid_dpop_proof\"", "proof was used before"));
        assertThat(second.send(call(second, alice, proof(alice))).statusCode())
                .as("a fresh proof at the second replica").isEqualTo(200);
    }

    private static String proof(Tokens tokens) {
        return new ProofForge(tokens.dpopKey())
                .sign(ProofForge.claims("GET", PUBLIC_URL + "/api/me", tokens.accessToken()).build());
    }

    private static HttpRequest.Builder call(Api replica, Tokens tokens, String proof) {
        return replica.request("/api/me").header("Authorization", "DPoP " + tokens.accessToken())
                .header("DPoP", proof).GET();
    }
}
