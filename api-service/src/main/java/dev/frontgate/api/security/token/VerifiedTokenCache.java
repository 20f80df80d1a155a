package dev.frontgate.api.security.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens whose signature and claims were verified, so that a token's next requests skip the signature check. Keyed
 * by the SHA-256 of the exact token (the token itself is not kept); an entry never outlives the token's {@code exp}.
 * Only verified tokens are put here: a refused token is verified again on each request.
 */
@Singleton
final class VerifiedTokenCache {

    /** Rough bytes of an entry besides its claims: digest, map node, expiry bookkeeping. */
    static final int ENTRY_OVERHEAD = 256;

    private final TokenCacheConfiguration settings;
    private final Clock clock;
    private final Cache<TokenDigest, VerifiedToken> entries;

    VerifiedTokenCache(TokenCacheConfiguration settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // Each entry weighs at least maxMemory / maxEntries, so one weight bound limits both the count and the bytes.
        int minimumWeight = Math.max(1, settings.maxMemory() / settings.maxEntries());
        this.entries = Caffeine.newBuilder()
                .maximumWeight(settings.maxMemory())
                .<TokenDigest, VerifiedToken>weigher((digest, token) -> Math.max(minimumWeight, token.approximateBytes()))
                .expireAfter(Expiry.<TokenDigest, VerifiedToken>creating((digest, token) -> lifetime(token)))
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    boolean enabled() {
        return settings.enabled();
    }

    Optional<VerifiedToken> get(String token) {
        return settings.enabled() ? Optional.ofNullable(entries.getIfPresent(TokenDigest.of(token))) : Optional.empty();
    }

    void put(String token, String keyId, JWTClaimsSet claims) {
        if (!settings.enabled() || claims.getExpirationTime() == null) {
            return;
        }
        VerifiedToken verified = new VerifiedToken(keyId, claims, claims.getExpirationTime().toInstant(),
                ENTRY_OVERHEAD + 2 * token.length());
        if (verified.expires().isAfter(clock.instant())) {
            entries.put(TokenDigest.of(token), verified);
        }
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private Duration lifetime(VerifiedToken token) {
        Duration left = Duration.between(clock.instant(), token.expires());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A verified token: its claims, the key that signed it, and until when it may be served from here. */
    record VerifiedToken(String keyId, JWTClaimsSet claims, Instant expires, int approximateBytes) {
    }

    /** 32 bytes instead of the 1–3 KiB token; a collision would need a SHA-256 collision. */
    record TokenDigest(long a, long b, long c, long d) {

        static TokenDigest of(String token) {
            try {
                ByteBuffer hash = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8)));
                return new TokenDigest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }
}
