package dev.frontgate.api.security.token;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The token path as metrics, read when Prometheus scrapes rather than counted per request: the key source's state,
 * JWKS fetches by result, and the verified-token cache. Metric names: docs/operations.md.
 */
@Singleton
final class TokenMetrics implements MeterBinder {

    private final SigningKeys keys;
    private final Optional<JwksSigningKeys> jwks;
    private final VerifiedTokenCache cache;

    TokenMetrics(SigningKeys keys, Optional<JwksSigningKeys> jwks, VerifiedTokenCache cache) {
        this.keys = keys;
        this.jwks = jwks;
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("frontgate.keys.degraded", keys, k -> k.state().degraded() ? 1 : 0)
                .description("1 while the signing keys can not be fetched (known keys stay in use), else 0")
                .register(registry);
        Gauge.builder("frontgate.keys", keys, k -> k.state().keyCount())
                .description("Signing keys in use").register(registry);
        Gauge.builder("frontgate.jwks.consecutive.failures", keys, k -> k.state().failures())
                .description("Failed JWKS fetches in a row").register(registry);
        Gauge.builder("frontgate.keys.fetched", keys, TokenMetrics::fetchedAtSeconds).baseUnit("seconds")
                .description("When the signing keys in use were fetched (Unix time); NaN before the first fetch")
                .register(registry);
        jwks.ifPresent(source -> {
            fetchCounter(registry, source, true);
            fetchCounter(registry, source, false);
        });
        cache.bindTo(registry);
    }

    private static void fetchCounter(MeterRegistry registry, JwksSigningKeys source, boolean good) {
        FunctionCounter.builder("frontgate.jwks.fetches", source, s -> s.fetches(good))
                .description("JWKS fetches by result").tag("result", good ? "success" : "failure")
                .register(registry);
    }

    private static double fetchedAtSeconds(SigningKeys keys) {
        var fetchedAt = keys.state().fetchedAt();
        return fetchedAt == null ? Double.NaN : fetchedAt.toEpochMilli() / 1000.0;
    }
}
