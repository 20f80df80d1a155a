package dev.frontgate.testing.keycloak;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The token endpoint's answer to a code exchange or a refresh.
 *
 * @param dpopKey the key the tokens are bound to (RFC 9449), or null for Bearer tokens
 */
public record Tokens(String accessToken, String idToken, String refreshToken, String scope, long expiresIn,
                     DpopKey dpopKey) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Bearer tokens. */
    public Tokens(String accessToken, String idToken, String refreshToken, String scope, long expiresIn) {
        this(accessToken, idToken, refreshToken, scope, expiresIn, null);
    }

    public static Tokens fromJson(String body) {
        return fromJson(body, null);
    }

    public static Tokens fromJson(String body, DpopKey dpopKey) {
        try {
            Map<String, Object> json = JSON.readValue(body, new TypeReference<>() { });
            return new Tokens((String) json.get("access_token"), (String) json.get("id_token"),
                    (String) json.get("refresh_token"), (String) json.get("scope"),
                    ((Number) json.getOrDefault("expires_in", 0)).longValue(), dpopKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Token response is not JSON: " + body, e);
        }
    }

    /** Whether the access token is DPoP-bound: then every call needs a fresh proof of {@link #dpopKey()}. */
    public boolean isDpopBound() {
        return dpopKey != null;
    }

    /** The granted scopes, as the token endpoint lists them. */
    public List<String> scopes() {
        return scopesOf(scope);
    }

    /** The names in a space-separated scope value, such as an access token's {@code scope} claim. */
    public static List<String> scopesOf(Object scope) {
        return scope == null ? List.of() : List.of(scope.toString().split(" "));
    }

    /** The access token's claims, decoded without verification (the service under test verifies). */
    public Map<String, Object> claims() {
        return claimsOf(accessToken);
    }

    public static Map<String, Object> claimsOf(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JWT payload", e);
        }
    }
}
