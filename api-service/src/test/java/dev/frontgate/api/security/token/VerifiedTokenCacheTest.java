package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.support.TokenForge;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.frontgate.api.support.TokenForge.ISSUER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    };

    @Test
    void secondRequestOfATokenSkipsTheSignatureCheck() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        JWTClaimsSet again = verifier.verify(token).claims();
        assertEquals("alice", again.getStringClaim("preferred_username"));
        assertEquals(1, signatureLookups.get());
    }

    @Test
    void tokenWithTheSameSignatureButAnotherPayloadIsNotRemembered() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        int payload = token.indexOf('.') + 5;
        String tampered = token.substring(0, payload) + (token.charAt(payload) == 'A' ? 'B' : 'A')
                + token.substring(payload + 1);
        assertEquals(new VerifiedTokenCache.TokenKey(token).hashCode(), new VerifiedTokenCache.TokenKey(tampered).hashCode());
        assertTrue(verifier.verifyRemembered(tampered).isEmpty());
        assertThrows(InvalidTokenException.class, () -> verifier.verify(tampered));
    }

    @Test
    void disabledCacheVerifiesEveryTime() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(false, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        verifier.verify(token);
        assertEquals(2, signatureLookups.get());
        assertTrue(verifier.verifyRemembered(token).isEmpty());
    }

    @Test
    void rememberedTokenExpiresWithItsExp() throws Exception {
        VerifiedTokenCache cache = cache(new TokenCacheConfiguration(true, 100, 1 << 20));
        AccessTokenVerifier verifier = new AccessTokenVerifier(configuration(), keys, clock, cache);
        String token = token(60);
        verifier.verify(token);
        clock.advance(Duration.ofSeconds(61));
        assertEquals(0, cache.size(), "no entry outlives the token's exp");
        clock.advance(Duration.ofSeconds(30));
        InvalidTokenException refusal = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertEquals("token has expired", refusal.getMessage());
    }

    @Test
    void refusedTokenIsNeverRemembered() throws Exception {
        VerifiedTokenCache cache = cache(new TokenCacheConfiguration(true, 100, 1 << 20));
        AccessTokenVerifier verifier = new AccessTokenVerifier(configuration(), keys, clock, cache);
        String foreignAudience = TRUSTED.sign(TokenForge.accessClaims(ISSUER, clock.instant())
                .audience("another-api").build());
        for (int i = 0; i < 3; i++) {
            assertThrows(InvalidTokenException.class, () -> verifier.verify(foreignAudience));
            assertTrue(verifier.verifyRemembered(foreignAudience).isEmpty());
        }
        assertEquals(0, cache.size());
        assertEquals(3, signatureLookups.get());
    }

    @Test
    void tokenOfAKeyNoLongerPublishedIsVerifiedAgainAndRefused() throws Exception {
        AccessTokenVerifier verifier = verifier(new TokenCacheConfiguration(true, 100, 1 << 20));
        String token = token(300);
        verifier.verify(token);
        published.clear();
        assertTrue(verifier.verifyRemembered(token).isEmpty());
        InvalidTokenException refusal = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertEquals("signing key is unknown to the issuer", refusal.getMessage());
    }

    @Test
    void entryCountIsBounded() throws Exception {
        VerifiedTokenCache cache = cache(new TokenCacheConfiguration(true, 10, 1 << 20));
        AccessTokenVerifier verifier = new AccessTokenVerifier(configuration(), keys, clock, cache);
        for (int i = 0; i < 50; i++) {
            verifier.verify(token(300 + i));
        }
        assertTrue(cache.size() <= 10, "entries: " + cache.size());
    }

    @Test
    void memoryIsBounded() throws Exception {
        String sample = token(300);
        int entryBytes = VerifiedTokenCache.approximateBytes(sample);
        VerifiedTokenCache cache = cache(new TokenCacheConfiguration(true, 10_000, 5 * entryBytes));
        AccessTokenVerifier verifier = new AccessTokenVerifier(configuration(), keys, clock, cache);
        for (int i = 0; i < 50; i++) {
            verifier.verify(token(300 + i));
        }
        assertTrue(cache.size() <= 5, "entries: " + cache.size());
    }

    private AccessTokenVerifier verifier(TokenCacheConfiguration settings) {
        return new AccessTokenVerifier(configuration(), keys, clock, cache(settings));
    }

    private VerifiedTokenCache cache(TokenCacheConfiguration settings) {
        return new VerifiedTokenCache(settings, clock);
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
