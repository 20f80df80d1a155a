package dev.frontgate.api.security.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens whose signature and claims were verified, so that a token's next requests skip the signature check. Keyed
 * by the exact token ({@link TokenKey}); an entry never outlives the token's {@code exp}. Only verified tokens are put
 * here: a refused token is verified again on each request.
 */
@Singleton
final class VerifiedTokenCache {

    /** Rough bytes of an entry besides its token and claims: map node, expiry bookkeeping, caller. */
    static final int ENTRY_OVERHEAD = 256;

    private final TokenCacheConfiguration settings;
    private final Clock clock;
    private final Cache<TokenKey, Entry> entries;

    VerifiedTokenCache(TokenCacheConfiguration settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // Each entry weighs at least maxMemory / maxEntries, so one weight bound limits both the count and the bytes.
        int minimumWeight = Math.max(1, settings.maxMemory() / settings.maxEntries());
        this.entries = Caffeine.newBuilder()
                .maximumWeight(settings.maxMemory())
                .<TokenKey, Entry>weigher((key, entry) -> Math.max(minimumWeight, approximateBytes(key.token())))
                .expireAfter(Expiry.<TokenKey, Entry>creating((token, entry) -> lifetime(entry)))
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    Optional<Entry> get(String token) {
        return settings.enabled() ? Optional.ofNullable(entries.getIfPresent(new TokenKey(token))) : Optional.empty();
    }

    void put(String token, String keyId, VerifiedToken verified) {
        if (!settings.enabled() || verified.claims().getExpirationTime() == null) {
            return;
        }
        Entry entry = new Entry(keyId, verified, verified.claims().getExpirationTime().toInstant());
        if (entry.expires().isAfter(clock.instant())) {
            entries.put(new TokenKey(token), entry);
        }
    }

    /** The token (one byte per character) plus its decoded claims and caller (about twice the token). */
    static int approximateBytes(String token) {
        return ENTRY_OVERHEAD + 3 * token.length();
    }

    /** Hits, misses, size and evictions as {@code cache_*{cache="frontgate_token_cache"}}. */
    void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, entries, "frontgate_token_cache");
    }

    private Duration lifetime(Entry entry) {
        Duration left = Duration.between(clock.instant(), entry.expires());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * A token as a map key: equal only to the same token, character for character, but hashed over its last
     * characters alone. They belong to the signature, which differs between any two tokens Keycloak issued and has
     * one spelling only ({@link AccessTokenVerifier} refuses any other), so they spread the entries as well as the
     * whole token would, without reading 1–3 KiB per lookup. Comparable, so that even a crowded bucket is searched
     * as a tree. Its text hides the token, a credential.
     */
    record TokenKey(String token) implements Comparable<TokenKey> {

        private static final int HASHED_CHARACTERS = 16;

        @Override
        public int hashCode() {
            int hash = token.length();
            for (int i = Math.max(0, token.length() - HASHED_CHARACTERS); i < token.length(); i++) {
                hash = 31 * hash + token.charAt(i);
            }
            return hash;
        }

        @Override
        public int compareTo(TokenKey other) {
            return token.compareTo(other.token);
        }

        @Override
        public String toString() {
            return "TokenKey[" + token.length() + " characters]";
        }
    }

    /** A verified token, the key that signed it, and until when it may be served from here. */
    record Entry(String keyId, VerifiedToken token, Instant expires) {
    }
}
