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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JWKS cache: refetch on an unknown key id, but a forged-kid flood costs at most one fetch per interval. */
class JwksSigningKeysTest {

    private static final TokenForge FIRST = new TokenForge("first");
    private static final TokenForge ROTATED = new TokenForge("rotated");

    private final AtomicInteger fetches = new AtomicInteger();
    private final SteppingClock clock = new SteppingClock();
    private volatile String jwks = new JWKSet(FIRST.key().toPublicJWK()).toString();
    private volatile int status = 200;
    private HttpServer server;
    private JwksSigningKeys keys;

    @BeforeEach
    void serveJwks() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
        keys = new JwksSigningKeys(new TokenConfiguration(TokenForge.ISSUER, url, "api-service",
                List.of("react-frontend"), Duration.ofSeconds(30), List.of("RS256")), clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void knownKeyIsFetchedOnce() {
        for (int i = 0; i < 50; i++) {
            assertTrue(keys.find("first").isPresent());
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void floodOfUnknownKeyIdsFetchesAtMostOncePerInterval() {
        keys.find("first");
        for (int i = 0; i < 500; i++) {
            assertTrue(keys.find("forged-" + i).isEmpty());
        }
        assertEquals(1, fetches.get());
        clock.advance(JwksSigningKeys.MIN_REFETCH_INTERVAL.plusSeconds(1));
        for (int i = 0; i < 500; i++) {
            keys.find("forged-" + i);
        }
        assertEquals(2, fetches.get());
    }

    @Test
    void rotatedKeyIsFoundByRefetching() {
        keys.find("first");
        jwks = new JWKSet(ROTATED.key().toPublicJWK()).toString();
        clock.advance(JwksSigningKeys.MIN_REFETCH_INTERVAL.plusSeconds(1));
        assertTrue(keys.find("rotated").isPresent());
    }

    @Test
    void failedRefetchKeepsTheKnownKeys() {
        keys.find("first");
        status = 500;
        clock.advance(Duration.ofHours(1));
        assertTrue(keys.find("first").isPresent());
        assertEquals(2, fetches.get());
    }

    /** A clock the test moves forward, so no test waits for real time. */
    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-11-29T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
