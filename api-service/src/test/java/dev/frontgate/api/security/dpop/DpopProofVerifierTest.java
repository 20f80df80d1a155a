package dev.frontgate.api.security.dpop;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.support.ProofForge;
import dev.frontgate.testing.keycloak.DpopKey;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The proof checks as logic: the IT proves them over HTTP; this pins the edges of time, URI and nonce. */
class DpopProofVerifierTest {

    private static final DpopKey KEY = DpopKey.generate();
    private static final ProofForge FORGE = new ProofForge(KEY);
    private static final String TOKEN = "header.payload.signature";
    private static final String HTU = "http://localhost:8280/api/me";

    /** A whole second: iat has no fraction, so the window's edges are exact. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

    private DpopProofVerifier verifier(String nonceSecret) {
        DpopConfiguration configuration = new DpopConfiguration(List.of("react-frontend"), List.of("ES256"),
                Duration.ofSeconds(60), Duration.ofSeconds(10), nonceSecret, Duration.ofMinutes(5));
        return new DpopProofVerifier(configuration, new DpopNonces(configuration, clock), new P256ProofSignatures(),
                clock);
    }

    private VerifiedProof verify(JWTClaimsSet.Builder claims, DpopProofVerifier verifier) throws DpopRefusedException {
        return verifier.verify(FORGE.sign(claims.build()), new ProofTarget("GET", URI.create(HTU)), TOKEN,
                KEY.thumbprint());
    }

    private JWTClaimsSet.Builder claims() {
        return ProofForge.claims("GET", HTU, TOKEN).issueTime(Date.from(now));
    }

    @Test
    void aGoodProofYieldsItsKeyJtiAndIssueTime() throws DpopRefusedException {
        VerifiedProof proof = verify(claims().jwtID("j1"), verifier(null));

        assertThat(proof.keyThumbprint()).isEqualTo(KEY.thumbprint());
        assertThat(proof.jti()).isEqualTo("j1");
    }

    @Test
    void iatIsAcceptedAtTheEdgesOfTheWindowOnly() throws DpopRefusedException {
        verify(claims().issueTime(Date.from(now.minusSeconds(60))), verifier(null));
        verify(claims().issueTime(Date.from(now.plusSeconds(10))), verifier(null));
        assertThatThrownBy(() -> verify(claims().issueTime(Date.from(now.minusSeconds(61))), verifier(null)))
                .hasMessage("proof iat is too old");
        assertThatThrownBy(() -> verify(claims().issueTime(Date.from(now.plusSeconds(11))), verifier(null)))
                .hasMessage("proof iat is in the future");
    }

    @Test
    void htuIsComparedAfterNormalizationButNeverWithAQuery() throws DpopRefusedException {
        verify(claims().claim("htu", "HTTP://LocalHost:8280/api/./me"), verifier(null));
        assertThatThrownBy(() -> verify(claims().claim("htu", HTU + "?a=1"), verifier(null)))
                .hasMessage("proof htu does not match the request URI");
        assertThatThrownBy(() -> verify(claims().claim("htu", HTU + "#f"), verifier(null)))
                .hasMessage("proof htu does not match the request URI");
        assertThatThrownBy(() -> verify(claims().claim("htu", "/api/me"), verifier(null)))
                .hasMessage("proof htu is not an absolute URI");
    }

    @Test
    void withNoncesRequiredAProofNeedsACurrentNonce() throws DpopRefusedException {
        DpopProofVerifier verifier = verifier("a shared secret");
        DpopConfiguration configuration = new DpopConfiguration(List.of(), List.of("ES256"), Duration.ofSeconds(60),
                Duration.ofSeconds(10), "a shared secret", Duration.ofMinutes(5));
        String nonce = new DpopNonces(configuration, clock).current();
        String stale = new DpopNonces(configuration, Clock.fixed(now.minusSeconds(301), ZoneOffset.UTC)).current();

        verify(claims().claim("nonce", nonce), verifier);
        assertThatThrownBy(() -> verify(claims(), verifier)).isInstanceOfSatisfying(DpopRefusedException.class,
                e -> assertThat(e.error()).isEqualTo("use_dpop_nonce"));
        assertThatThrownBy(() -> verify(claims().claim("nonce", stale), verifier))
                .hasMessage("proof nonce is not current");
        assertThatThrownBy(() -> verify(claims().claim("nonce", nonce + "x"), verifier))
                .hasMessage("proof nonce is not current");
    }
}
