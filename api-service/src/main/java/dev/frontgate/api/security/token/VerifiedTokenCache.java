package dev.frontgate.api.security.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
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
    private final Cache<TokenDigest, Entry> entries;

    VerifiedTokenCache(TokenCacheConfiguration settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // Each entry weighs at least maxMemory / maxEntries, so one weight bound limits both the count and the bytes.
        int minimumWeight = Math.max(1, settings.maxMemory() / settings.maxEntries());
        this.entries = Caffeine.newBuilder()
                .maximumWeight(settings.maxMemory())
                .<TokenDigest, Entry>weigher((digest, entry) -> Math.max(minimumWeight, entry.approximateBytes()))
                .expireAfter(Expiry.<TokenDigest, Entry>creating((digest, entry) -> lifetime(entry)))
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    boolean enabled() {
        return settings.enabled();
    }

    Optional<Entry> get(String token) {
        return settings.enabled() ? Optional.ofNullable(entries.getIfPresent(TokenDigest.of(token))) : Optional.empty();
    }

    void put(String token, String keyId, VerifiedToken verified) {
        if (!settings.enabled() || verified.claims().getExpirationTime() == null) {
            return;
        }
        Entry entry = new Entry(keyId, verified, verified.claims().getExpirationTime().toInstant(),
                ENTRY_OVERHEAD + 2 * token.length());
        if (entry.expires().isAfter(clock.instant())) {
            entries.put(TokenDigest.of(token), entry);
        }
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private Duration lifetime(Entry entry) {
        Duration left = Duration.between(clock.instant(), entry.expires());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A verified token, the key that signed it, and until when it may be served from here. */
    record Entry(String keyId, VerifiedToken token, Instant expires, int approximateBytes) {
    }

    /** 32 bytes instead of the 1–3 KiB token; a collision would need a SHA-256 collision. */
    record TokenDigest(long a, long b, long c, long d) {

        /** One digest per thread: looking up the provider costs about as much as hashing a token. */
        private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        });

        static TokenDigest of(String token) {
            ByteBuffer hash = ByteBuffer.wrap(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
            return new TokenDigest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
        }
    }
}
