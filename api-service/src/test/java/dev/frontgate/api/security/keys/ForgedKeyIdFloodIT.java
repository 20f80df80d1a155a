package dev.frontgate.api.security.keys;

import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.CountingJwksProxy;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.TokenForge;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of tokens with forged key ids (the attack Spring answers with one JWKS request each) cost Keycloak at
 * most one JWKS request per refetch interval (the default 10 s), and every one of them is refused.
 */
@MicronautTest
class ForgedKeyIdFloodIT extends KeycloakBackedTest {

    private static final int FORGED_TOKENS = 3000;
    private static final int CONNECTIONS = 32;
    private static final Duration DEFAULT_REFETCH_INTERVAL = Duration.ofSeconds(10);

    private final CountingJwksProxy jwks = new CountingJwksProxy(keycloak.jwksUrl());

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontgate.token.jwks-url", jwks.url());
        return properties;
    }

    @AfterAll
    void closeProxy() {
        jwks.close();
    }

    @Test
    void floodOfUnknownKeyIdsFetchesTheJwksAtMostOncePerInterval() throws Exception {
        String valid = login("alice", "openid read").accessToken();
        assertThat(api().get("/api/me", valid).statusCode()).isEqualTo(200);
        TokenForge forger = new TokenForge("unused");
        List<String> forged = IntStream.range(0, FORGED_TOKENS).mapToObj(i -> forger.sign(
                TokenForge.accessClaims(keycloak.issuer(), Instant.now()).build(),
                header -> header.keyID("forged-" + i))).toList();
        jwks.awaitQuiet(DEFAULT_REFETCH_INTERVAL);
        int fetchesBefore = jwks.fetches();

        long started = System.nanoTime();
        List<HttpResponse<String>> answers = send(forged);
        Duration flood = Duration.ofNanos(System.nanoTime() - started);

        int fetches = jwks.fetches() - fetchesBefore;
        long allowed = 1 + flood.toMillis() / DEFAULT_REFETCH_INTERVAL.toMillis();
        assertThat(fetches <= allowed).as(fetches + " JWKS fetches for " + FORGED_TOKENS + " forged tokens in "
                + flood.toMillis() + " ms; at most " + allowed + " allowed").isTrue();
        assertThat(fetches >= 1).as("an unknown key id is worth one look at the JWKS").isTrue();
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(401);
            String challenge = answer.headers().firstValue("WWW-Authenticate").orElseThrow();
            // The forged tokens are DPoP-bound, as react-frontend's are: the DPoP challenge carries the error.
            assertThat(challenge).as(challenge).startsWith("DPoP algs=\"ES256 ES384 PS256 RS256\", "
                    + "error=\"invalid_token\", error_description=\"signing key is unknown to the issuer\"");
        }
        assertThat(api().get("/api/me", valid).statusCode()).as("real tokens still pass after the flood")
                .isEqualTo(200);
        System.out.printf("forged-kid flood: %d tokens in %d ms, %d JWKS fetches%n", FORGED_TOKENS,
                flood.toMillis(), fetches);
    }

    private List<HttpResponse<String>> send(List<String> tokens) throws Exception {
        Api api = api();
        try (ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS)) {
            List<Future<HttpResponse<String>>> answers = tokens.stream()
                    .map(token -> clients.submit(() -> api.get("/api/me", token))).toList();
            List<HttpResponse<String>> results = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                results.add(answer.get());
            }
            return results;
        }
    }
}
