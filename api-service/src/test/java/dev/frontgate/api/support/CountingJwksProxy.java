package dev.frontgate.api.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback proxy in front of Keycloak's certs endpoint that counts the JWKS requests the service makes. Counting
 * here, rather than in Keycloak's access log, needs no option on the shared Keycloak and sees exactly the fetches of
 * the service under test, not those of other tests' services.
 */
public final class CountingJwksProxy implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<Instant> lastFetch = new AtomicReference<>(Instant.MIN);

    public CountingJwksProxy(String jwksUrl) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            lastFetch.set(Instant.now());
            int status = 502;
            byte[] body = new byte[0];
            try {
                HttpResponse<byte[]> upstream = http.send(HttpRequest.newBuilder(URI.create(jwksUrl))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
                status = upstream.statusCode();
                body = upstream.body();
            } catch (IOException e) {
                body = e.toString().getBytes();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
    }

    public int fetches() {
        return fetches.get();
    }

    /** Blocks until {@code interval} has passed since the last fetch, so the service may fetch again. */
    public void awaitQuiet(Duration interval) {
        Instant free = lastFetch.get().plus(interval).plusMillis(200);
        Duration wait = Duration.between(Instant.now(), free);
        if (!wait.isNegative()) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
