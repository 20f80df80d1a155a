package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import dev.frontgate.api.support.TokenForge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The JWKS keeper: refetch on an unknown key id, shared and throttled; last good keys kept; lazy start. */
class JwksSigningKeysTest {

    static final KeysConfiguration SETTINGS = new KeysConfiguration(Duration.ofSeconds(10), Duration.ofMinutes(10),
            Duration.ofMinutes(5), Duration.ofSeconds(5));
    private static final TokenForge FIRST = new TokenForge("first");
    private static final TokenForge ROTATED = new TokenForge("rotated");

    private final AtomicInteger fetches = new AtomicInteger();
    private final SteppingClock clock = new SteppingClock();
    private volatile String jwks = new JWKSet(FIRST.key().toPublicJWK()).toString();
    private volatile int status = 200;
    private volatile CountDownLatch answer = new CountDownLatch(0);
    private HttpServer server;
    private JwksSigningKeys keys;

    @BeforeEach
    void serveJwks() throws IOException {
        startServer(0);
        keys = keysAt(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs"));
    }

    private void startServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            awaitQuietly(answer);
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        keys.close();
        server.stop(0);
    }

    @Test
    void knownKeyIsFetchedOnce() {
        for (int i = 0; i < 50; i++) {
            assertThat(keys.find("first").isPresent()).isTrue();
        }
        assertThat(fetches.get()).isEqualTo(1);
        assertThat(keys.state().degraded()).isFalse();
    }

    @Test
    void floodOfUnknownKeyIdsFetchesAtMostOncePerInterval() {
        keys.find("first");
        for (int i = 0; i < 500; i++) {
            assertThat(keys.find("forged-" + i)).isEmpty();
        }
        assertThat(fetches.get()).as("within the interval of the first fetch every unknown key id is throttled")
                .isEqualTo(1);
        clock.advance(SETTINGS.refetchInterval().plusSeconds(1));
        for (int i = 0; i < 500; i++) {
            keys.find("forged-" + i);
        }
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void concurrentMissesShareOneFetch() throws Exception {
        keys.find("first");
        jwks = new JWKSet(List.of(FIRST.key().toPublicJWK(), ROTATED.key().toPublicJWK())).toString();
        clock.advance(SETTINGS.refetchInterval().plusSeconds(1));
        answer = new CountDownLatch(1);
        try (ExecutorService callers = Executors.newFixedThreadPool(16)) {
            List<Future<Boolean>> found = java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> callers.submit(() -> keys.find("rotated").isPresent())).toList();
            Thread.sleep(300);
            answer.countDown();
            for (Future<Boolean> each : found) {
                assertThat(each.get()).as("a miss during the running fetch waits for it instead of being throttled")
                        .isTrue();
            }
        }
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void rotatedKeyIsFoundByRefetching() {
        keys.find("first");
        jwks = new JWKSet(ROTATED.key().toPublicJWK()).toString();
        clock.advance(SETTINGS.refetchInterval().plusSeconds(1));
        assertThat(keys.find("rotated").isPresent()).isTrue();
        assertThat(keys.known("first")).as("a key Keycloak no longer publishes stops working").isEmpty();
    }

    @Test
    void failedFetchKeepsTheKnownKeysAndReportsDegraded() {
        keys.find("first");
        status = 500;
        clock.advance(SETTINGS.refetchInterval().plusSeconds(1));
        assertThat(keys.find("unknown")).isEmpty();
        assertThat(keys.find("first").isPresent()).isTrue();
        assertThat(keys.state().degraded()).isTrue();
        assertThat(keys.state().keyCount()).isEqualTo(1);
        assertThat(keys.state().failures()).isEqualTo(1);

        status = 200;
        clock.advance(SETTINGS.refetchInterval().plusSeconds(1));
        keys.find("unknown");
        assertThat(keys.state().degraded()).as("recovers on the next fetch").isFalse();
    }

    @Test
    void emptyKeySetDoesNotReplaceTheKnownKeys() {
        keys.find("first");
        jwks = "{\"keys\":[]}";
        clock.advance(SETTINGS.refetchInterval().plusSeconds(1));
        keys.find("unknown");
        assertThat(keys.find("first").isPresent()).isTrue();
        assertThat(keys.state().degraded()).isTrue();
    }

    @Test
    void startsWithoutReachableIssuerAndFetchesOnFirstUseOnceItIsBack() throws IOException {
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThat(keys.find("first")).isEmpty();
        assertThat(keys.state().degraded()).isTrue();
        assertThat(keys.state().keyCount()).isEqualTo(0);

        startServer(port);
        clock.advance(SETTINGS.refetchInterval().plusSeconds(1));
        assertThat(keys.find("first").isPresent()).isTrue();
        assertThat(keys.state().degraded()).isFalse();
    }

    @Test
    void untilTheFirstKeysArriveFetchesMayBeASecondApart() throws IOException {
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThat(keys.find("first")).isEmpty();

        startServer(port);
        clock.advance(JwksSigningKeys.UNTIL_FIRST_KEYS.plusMillis(100));

        assertThat(keys.find("first")).isPresent();
        clock.advance(JwksSigningKeys.UNTIL_FIRST_KEYS.plusMillis(100));
        assertThat(keys.find("unknown")).isEmpty();
        assertThat(fetches.get()).as("with keys known, the full interval applies again").isEqualTo(1);
    }

    @Test
    void retriesBackOffUpToTheLimit() {
        assertThat(SETTINGS.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SETTINGS.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(SETTINGS.retryDelay(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(SETTINGS.retryDelay(40)).isEqualTo(Duration.ofMinutes(5));
    }

    private JwksSigningKeys keysAt(URI uri) {
        return new JwksSigningKeys(new JwksFetcher(uri, SETTINGS.fetchTimeout()), SETTINGS, clock);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
