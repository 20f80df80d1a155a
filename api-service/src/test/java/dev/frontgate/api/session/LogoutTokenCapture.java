package dev.frontgate.api.session;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback hop between Keycloak and the service's back-channel logout endpoint that keeps a copy of every logout
 * token Keycloak sends, so a test can look at a real one and replay it. It forwards the request as it came and answers
 * with the service's status, or plays an unreachable service.
 */
final class LogoutTokenCapture implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private volatile boolean unreachable;

    LogoutTokenCapture(URI backchannelLogoutUrl) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/backchannel-logout", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            tokens.add(logoutToken(form));
            if (unreachable) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            int status = 502;
            try {
                status = http.send(HttpRequest.newBuilder(backchannelLogoutUrl).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 502;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL to give Keycloak as the clients' back-channel logout URL. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/backchannel-logout";
    }

    /** While true, every logout is answered 503 and never reaches the service: the service is down, as Keycloak sees. */
    void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    List<String> tokens() {
        return List.copyOf(tokens);
    }

    private static String logoutToken(String form) {
        for (String pair : form.split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (nameValue.length == 2 && nameValue[0].equals("logout_token")) {
                return URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
