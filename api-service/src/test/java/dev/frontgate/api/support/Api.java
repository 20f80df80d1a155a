package dev.frontgate.api.support;

import dev.frontgate.testing.keycloak.DpopKey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Raw HTTP to the service under test: raw so that tests can send what a careful client never would (broken JSON,
 * odd headers, huge bodies). A token is sent the way its client must send it: a DPoP-bound token (one of
 * keycloak-test-support's {@link DpopKey}s, found through its {@code cnf.jkt}) as {@code Authorization: DPoP} with a
 * fresh proof for this very request, any other token as {@code Bearer}. To send a token wrongly, build the request
 * with {@link #request} and {@link #dpopProof}.
 */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    public HttpResponse<String> send(String method, String path, String token, String jsonBody) {
        HttpRequest.Builder request = authorized(method, path, token);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, jsonBody == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** A request to {@code path} carrying {@code token} as its client must send it (see the class comment). */
    public HttpRequest.Builder authorized(String method, String path, String token) {
        HttpRequest.Builder request = request(path);
        if (token == null) {
            return request;
        }
        return DpopKey.boundTo(token)
                .map(key -> request.header("Authorization", "DPoP " + token)
                        .header("DPoP", dpopProof(key, method, path, token)))
                .orElseGet(() -> request.header("Authorization", "Bearer " + token));
    }

    /** A fresh proof of {@code key} for {@code method} on {@code path} of this service, bound to {@code token}. */
    public String dpopProof(DpopKey key, String method, String path, String token) {
        return key.proof(method, htu(path), token, null);
    }

    /** The URI a proof names for {@code path}: the request's, without query and fragment. */
    public String htu(String path) {
        URI uri = base.resolve(path);
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
