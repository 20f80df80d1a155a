package dev.frontgate.api.ha;

import dev.frontgate.testing.keycloak.PkceFlow;
import dev.frontgate.testing.keycloak.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One browser session's refresh grant against any Keycloak URL: the balancer, or one node directly. Keeps the
 * rotating refresh token: a refused refresh leaves the last good one in place, as the React app does. A DPoP-bound
 * session (react-frontend's) sends a fresh proof of its key with each refresh, naming the URL it posts to: a node
 * checks the proof's {@code htu} against the URL it was asked at, the balancer's or its own.
 */
final class TokenRefresh {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens tokens;

    TokenRefresh(Tokens tokens) {
        this.tokens = tokens;
    }

    Tokens tokens() {
        return tokens;
    }

    /** Refreshes at {@code keycloakUrl}; the answer, or null when no answer came (connection reset, timeout). */
    HttpResponse<String> at(String keycloakUrl) {
        String form = "grant_type=refresh_token&client_id=" + PkceFlow.FRONTEND_CLIENT
                + "&refresh_token=" + URLEncoder.encode(tokens.refreshToken(), StandardCharsets.UTF_8);
        String tokenUrl = keycloakUrl + "/realms/frontgate/protocol/openid-connect/token";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (tokens.dpopKey() != null) {
            request.header("DPoP", tokens.dpopKey().proof("POST", tokenUrl));
        }
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                tokens = Tokens.fromJson(answer.body(), tokens.dpopKey());
            }
            return answer;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
