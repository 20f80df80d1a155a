package dev.frontgate.api.security.token;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.validation.constraints.Positive;

/**
 * The verified-token cache: bound in application.yml to the FRONTGATE_TOKEN_CACHE_* variables.
 *
 * @param enabled    off means every request verifies its token's signature
 * @param maxEntries the most tokens remembered
 * @param maxMemory  the most memory the entries may take, approximately (for example {@code 32MB})
 */
@ConfigurationProperties("frontgate.token.cache")
public record TokenCacheConfiguration(
        boolean enabled,
        @Positive int maxEntries,
        @ReadableBytes @Positive int maxMemory) {

    public TokenCacheConfiguration {
        if (maxEntries <= 0 || maxMemory <= 0) {
            throw new IllegalArgumentException("frontgate.token.cache max-entries and max-memory must be positive");
        }
    }
}
