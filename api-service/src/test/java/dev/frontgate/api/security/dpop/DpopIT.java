package dev.frontgate.api.security.dpop;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.ProofForge;
import dev.frontgate.testing.keycloak.DpopKey;
import dev.frontgate.testing.keycloak.Tokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 9449 at the API with a DPoP-bound token from the real PKCE flow (a proof at Keycloak's token endpoint): a fresh
 * proof passes, and every way to use the token without one, or with a proof that does not fit, is a 401 naming DPoP.
 */
@MicronautTest
class DpopIT extends KeycloakBackedTest {

    private static final DpopKey OTHER_KEY = DpopKey.generate();

    @Test
    void boundTokenWithAFreshProofIsAccepted() {
        Tokens alice = alice();
        assertThat(alice.claims()).containsEntry("typ", "DPoP");
        assertThat(alice.claims().get("cnf")).hasToString("{jkt=" + alice.dpopKey().thumbprint() + "}");

        HttpResponse<String> response = api().send(withProofs(alice.accessToken(), proof(claims())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aProofIsGoodForOneRequestOnly() {
        String proof = proof(claims());
        assertThat(api().send(withProofs(token(), proof)).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = api().send(withProofs(token(), proof));

        assertRefused(replay, "invalid_dpop_proof", "proof was used before (its jti is not new)");
    }

    Stream<Arguments> refusals() {
        return Stream.of(
                refused("bound token as Bearer", t -> t.bearer(t.token()), "invalid_token",
                        "token is DPoP-bound: send it with the DPoP scheme and a DPoP proof"),
                refused("no proof", t -> t.withProofs(t.token()), "invalid_dpop_proof", "a DPoP proof is required"),
                refused("two DPoP headers", t -> t.withProofs(t.token(), t.proof(t.claims()), t.proof(t.claims())),
                        "invalid_dpop_proof", "exactly one DPoP header is allowed"),
                refused("wrong htm", t -> t.withProofs(t.token(), t.proof(t.claims().claim("htm", "POST"))),
                        "invalid_dpop_proof", "proof htm does not match the request method"),
                refused("htu of another path", t -> t.withProofs(t.token(),
                        t.proof(t.claims().claim("htu", t.api().htu("/api/notes")))),
                        "invalid_dpop_proof", "proof htu does not match the request URI"),
                refused("htu of another host", t -> t.withProofs(t.token(), t.proof(t.claims().claim("htu",
                        "http://api.elsewhere.test:" + t.server.getPort() + "/api/me"))),
                        "invalid_dpop_proof", "proof htu does not match the request URI"),
                refused("htu with a query added", t -> t.withProofs(t.token(),
                        t.proof(t.claims().claim("htu", t.api().htu("/api/me") + "?page=1"))),
                        "invalid_dpop_proof", "proof htu does not match the request URI"),
                refused("iat too old", t -> t.withProofs(t.token(), t.proof(t.claims().issueTime(ago(300)))),
                        "invalid_dpop_proof", "proof iat is too old"),
                refused("iat too far ahead", t -> t.withProofs(t.token(), t.proof(t.claims().issueTime(ago(-300)))),
                        "invalid_dpop_proof", "proof iat is in the future"),
                refused("ath of another token", t -> t.withProofs(t.token(), t.proof(t.claims()
                        .claim("ath", DpopKey.ath(t.login("bob", "openid read").accessToken())))),
                        "invalid_dpop_proof", "proof ath does not match the access token"),
                refused("signed by a key other than cnf.jkt", t -> t.withProofs(t.token(),
                        new ProofForge(OTHER_KEY).sign(t.claims().build())),
                        "invalid_dpop_proof", "proof key is not the key the token is bound to (cnf.jkt)"),
                refused("signature of another proof's payload", t -> t.withProofs(t.token(),
                        spliced(t.proof(t.claims()), t.proof(t.claims()))),
                        "invalid_dpop_proof", "proof signature is invalid"),
                refused("a critical header parameter", t -> t.withProofs(t.token(), t.forge().sign(
                        t.claims().build(), header -> header.criticalParams(Set.of("frontgate-unknown")))),
                        "invalid_dpop_proof", "proof signature is invalid"),
                refused("alg none", t -> t.withProofs(t.token(), t.forge().unsigned(t.claims().build())),
                        "invalid_dpop_proof", "proof is unsigned (alg none)"),
                refused("HS256", t -> t.withProofs(t.token(), t.forge().hmac(t.claims().build())),
                        "invalid_dpop_proof", "proof algorithm is not allowed"),
                refused("jwk with the private key", t -> t.withProofs(t.token(),
                        t.forge().signWithPrivateJwk(t.claims().build())),
                        // Nimbus refuses a header whose jwk is private while parsing, before our own check.
                        "invalid_dpop_proof", "proof is not a well-formed JWT"),
                refused("typ JWT", t -> t.withProofs(t.token(), t.forge().sign(t.claims().build(),
                        header -> header.type(JOSEObjectType.JWT))),
                        "invalid_dpop_proof", "proof typ must be dpop+jwt"),
                refused("oversized proof", t -> t.withProofs(t.token(), t.proof(t.claims()
                        .claim("padding", "x".repeat(8192)))),
                        "invalid_dpop_proof", "proof is longer than 4096 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedAsUnauthorizedNamingDpop(String kind, Function<DpopIT, HttpRequest.Builder> request, String error,
                                         String check) {
        assertRefused(api().send(request.apply(this)), error, check);
    }

    private void assertRefused(HttpResponse<String> response, String error, String check) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        List<String> challenges = response.headers().allValues("WWW-Authenticate");
        assertThat(challenges).anySatisfy(challenge -> assertThat(challenge)
                .contains("error=\"" + error + "\", error_description=\"" + check + "\""));
        assertThat(challenges).anySatisfy(challenge -> assertThat(challenge).startsWith("DPoP algs=\"ES256 "));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.parse(response.body()).get("error").asText()).isEqualTo(error);
    }

    private static Arguments refused(String kind, Function<DpopIT, HttpRequest.Builder> request, String error,
                                     String check) {
        return Arguments.of(kind, request, error, check);
    }

    private static Date ago(int seconds) {
        return Date.from(Instant.now().minusSeconds(seconds));
    }

    Tokens alice() {
        return login("alice", "openid read groups");
    }

    String token() {
        return alice().accessToken();
    }

    /** The header and signature of {@code signed} around the payload of {@code other}. */
    private static String spliced(String signed, String other) {
        String[] parts = signed.split("\\.");
        return parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
    }

    ProofForge forge() {
        return new ProofForge(alice().dpopKey());
    }

    JWTClaimsSet.Builder claims() {
        return ProofForge.claims("GET", api().htu("/api/me"), token());
    }

    String proof(JWTClaimsSet.Builder claims) {
        return forge().sign(claims.build());
    }

    HttpRequest.Builder withProofs(String token, String... proofs) {
        HttpRequest.Builder request = api().request("/api/me").header("Authorization", "DPoP " + token).GET();
        for (String proof : proofs) {
            request.header("DPoP", proof);
        }
        return request;
    }

    HttpRequest.Builder bearer(String token) {
        return api().request("/api/me").header("Authorization", "Bearer " + token).GET();
    }
}
