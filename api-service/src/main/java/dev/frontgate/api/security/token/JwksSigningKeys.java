package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keycloak's JWKS, kept in memory. An unknown key id triggers a refetch (Keycloak rotated its key); concurrent
 * misses share one fetch, and fetches of any cause are at least {@link KeysConfiguration#refetchInterval()} apart,
 * so a flood of forged key ids costs Keycloak one request per interval. A failed fetch keeps the last good keys.
 * Nothing waits for Keycloak at start: the first fetch runs in the background and is retried with backoff. Until the
 * first keys arrive, every token is refused anyway, so fetches may then be {@link #UNTIL_FIRST_KEYS} apart: a service
 * started beside Keycloak (the launcher starts both at once) accepts tokens about a second after Keycloak is ready.
 */
@Singleton
final class JwksSigningKeys implements SigningKeys, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JwksSigningKeys.class);
    static final Duration UNTIL_FIRST_KEYS = Duration.ofSeconds(1);

    private final JwksFetcher fetcher;
    private final KeysConfiguration settings;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "jwks-fetch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, JWK> keys = Map.of();
    private volatile KeySourceState state = new KeySourceState(true, 0, null, 0);
    private final AtomicLong goodFetches = new AtomicLong();
    private final AtomicLong failedFetches = new AtomicLong();
    private Instant lastAttempt;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> nextBackgroundFetch;

    @Inject
    JwksSigningKeys(TokenConfiguration token, KeysConfiguration settings, Clock clock) {
        this(new JwksFetcher(token.jwksUri(), settings.fetchTimeout()), settings, clock);
    }

    JwksSigningKeys(JwksFetcher fetcher, KeysConfiguration settings, Clock clock) {
        this.fetcher = fetcher;
        this.settings = settings;
        this.clock = clock;
    }

    /** Fetches in the background, so the service is up (and its health says why not fully) while Keycloak is not. */
    @EventListener
    void onStartup(StartupEvent event) {
        fetchInBackground();
    }

    @Override
    public Optional<JWK> known(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public Optional<JWK> find(String keyId) {
        JWK key = keys.get(keyId);
        if (key != null) {
            return Optional.of(key);
        }
        startFetch().ifPresent(this::await);
        return known(keyId);
    }

    @Override
    public KeySourceState state() {
        return state;
    }

    /** JWKS fetches so far that brought keys (true) or failed (false), for {@link TokenMetrics}. */
    long fetches(boolean good) {
        return good ? goodFetches.get() : failedFetches.get();
    }

    /** The running fetch, or a new one when the interval allows; empty when throttled. */
    private synchronized Optional<CompletableFuture<Void>> startFetch() {
        if (!inFlight.isDone()) {
            return Optional.of(inFlight);
        }
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(shortestWhileKeyless(settings.refetchInterval())))) {
            return Optional.empty();
        }
        lastAttempt = now;
        inFlight = CompletableFuture.runAsync(this::fetch, executor);
        return Optional.of(inFlight);
    }

    private void fetch() {
        try {
            Map<String, JWK> fetched = fetcher.fetch().getKeys().stream().filter(key -> key.getKeyID() != null)
                    .collect(Collectors.toUnmodifiableMap(JWK::getKeyID, Function.identity(), (a, b) -> a));
            keys = fetched;
            state = new KeySourceState(false, fetched.size(), clock.instant(), 0);
            goodFetches.incrementAndGet();
            scheduleBackgroundFetch(settings.refreshInterval());
        } catch (IOException | RuntimeException e) {
            failedFetches.incrementAndGet();
            KeySourceState before = state;
            int failures = before.failures() + 1;
            state = new KeySourceState(true, before.keyCount(), before.fetchedAt(), failures);
            LOG.warn("Signing keys could not be fetched from {} ({} failures in a row); {} known keys stay in use: {}",
                    fetcher.uri(), failures, before.keyCount(), e.toString());
            scheduleBackgroundFetch(shortestWhileKeyless(settings.retryDelay(failures)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A refresh or retry: when a fetch ran too recently, it is tried again once the interval has passed. */
    private void fetchInBackground() {
        if (startFetch().isEmpty()) {
            scheduleBackgroundFetch(shortestWhileKeyless(settings.refetchInterval()));
        }
    }

    private Duration shortestWhileKeyless(Duration interval) {
        return keys.isEmpty() && UNTIL_FIRST_KEYS.compareTo(interval) < 0 ? UNTIL_FIRST_KEYS : interval;
    }

    private synchronized void scheduleBackgroundFetch(Duration delay) {
        if (nextBackgroundFetch != null) {
            nextBackgroundFetch.cancel(false);
        }
        if (!executor.isShutdown()) {
            nextBackgroundFetch = executor.schedule(this::fetchInBackground, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void await(CompletableFuture<Void> fetch) {
        try {
            fetch.get(settings.fetchTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("Waiting for the JWKS fetch ended without keys: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
