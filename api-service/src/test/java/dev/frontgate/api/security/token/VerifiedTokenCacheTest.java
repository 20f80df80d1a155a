package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.support.TokenForge;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.frontgate.api.support.TokenForge.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verified-token cache inside the verifier: hits skip the signature, never the time checks; bounded. */
class VerifiedTokenCacheTest {

    private static final TokenForge TRUSTED = new TokenForge("trusted");

    private final SteppingClock clock = new SteppingClock();
    private final Map<String, JWK> published = new ConcurrentHashMap<>(Map.of("trusted", TRUSTED.key().toPublicJWK()));
    private final AtomicInteger signatureLookups = new AtomicInteger();
    private final SigningKeys keys = new SigningKeys() {
        @Override
        public Optional<JWK> find(String keyId) {
            signatureLookups.incrementAndGet();
            return known(keyId);
        }

        @Override
        public Optional<JWK> known(String keyId) {
            return Optional.ofNullable(published.get(keyId));
        }

        @Override
        public KeySourceState state() {
            return new KeySourceState(false, published.size(), null, 0);
        }
    };

    @Test
    void secondRequestOfATokenSkipsTheSignatureCheck() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        JWTClaimsSet again = verifier.verify(token).claims();
        assertThat(again.getStringClaim("preferred_username")).isEqualTo("alice");
        assertThat(signatureLookups.get()).isEqualTo(1);
    }

    @Test
    void tokenWithTheSameSignatureButAnotherPayloadIsNotRemembered() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        int payload = token.indexOf('.') + 5;
        String tampered = token.substring(0, payload) + (token.charAt(payload) == 'A' ? 'B' : 'A')
                + token.substring(payload + 1);
        assertThat(verifier.verifyRemembered(tampered)).isEmpty();
        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void disabledCacheVerifiesEveryTime() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(false, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        verifier.verify(token);
        assertThat(signatureLookups.get()).isEqualTo(2);
        assertThat(verifier.verifyRemembered(token)).isEmpty();
    }

    @Test
    void rememberedTokenExpiresWithItsExp() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String token = token(60);
        verifier.verify(token);
        clock.advance(Duration.ofSeconds(61));
        assertThat(verifier.verifyRemembered(token)).as("no entry outlives the token's exp").isEmpty();
        verifier.verify(token);
        assertThat(signatureLookups.get()).as("within the clock skew the token is verified afresh").isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class).hasMessage("token has expired");
    }

    @Test
    void refusedTokenIsNeverRemembered() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String foreignAudience = TRUSTED.sign(TokenForge.accessClaims(ISSUER, clock.instant())
                .audience("another-api").build());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> verifier.verify(foreignAudience)).isInstanceOf(InvalidTokenException.class);
            assertThat(verifier.verifyRemembered(foreignAudience)).isEmpty();
        }
        assertThat(signatureLookups.get()).isEqualTo(3);
    }

    @Test
    void tokenOfAKeyNoLongerPublishedIsVerifiedAgainAndRefused() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        published.clear();
        assertThat(verifier.verifyRemembered(token)).isEmpty();
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class).hasMessage("signing key is unknown to the issuer");
    }

    @Test
    void entryCountIsBounded() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 10, 1 << 20));
        assertThat(rememberedOf(verifier, 50)).isBetween(1L, 10L);
    }

    @Test
    void memoryIsBounded() throws Exception {
        String sample = token(300);
        int entryBytes = VerifiedTokenCache.approximateBytes(sample);
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 10_000, 5 * entryBytes));
        assertThat(rememberedOf(verifier, 50)).isBetween(1L, 5L);
    }

    /** Verifies that many distinct tokens, then counts how many of them the cache still serves. */
    private long rememberedOf(AccessTokenVerifier verifier, int tokens) throws Exception {
        List<String> verified = new ArrayList<>();
        for (int i = 0; i < tokens; i++) {
            String token = token(300 + i);
            verifier.verify(token);
            verified.add(token);
        }
        long remembered = 0;
        for (String token : verified) {
            remembered += verifier.verifyRemembered(token).isPresent() ? 1 : 0;
        }
        return remembered;
    }

    private AccessTokenVerifier verifier(TokenCacheConfiguration settings) {
        return new AccessTokenVerifier(configuration(), keys, clock, new VerifiedTokenCache(settings, clock));
    }

    private String token(int secondsLeft) {
        return TRUSTED.sign(TokenForge.accessClaims(ISSUER, clock.instant())
                .expirationTime(java.util.Date.from(clock.instant().plusSeconds(secondsLeft))).build());
    }

    private static TokenConfiguration configuration() {
        return new TokenConfiguration(ISSUER, null, "api-service", List.of("react-frontend"), Duration.ofSeconds(30),
                List.of("RS256"));
    }
}
