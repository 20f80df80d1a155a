package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWKSet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

/** One GET of Keycloak's JWKS. Anything but a parseable, non-empty key set is a failure: it must not replace keys. */
final class JwksFetcher {

    private final URI jwksUri;
    private final Duration timeout;
    private final HttpClient http;

    JwksFetcher(URI jwksUri, Duration timeout) {
        this.jwksUri = jwksUri;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    JWKSet fetch() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(jwksUri).timeout(timeout).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("JWKS " + jwksUri + " answered " + response.statusCode());
        }
        try {
            JWKSet keys = JWKSet.parse(response.body());
            if (keys.getKeys().isEmpty()) {
                throw new IOException("JWKS " + jwksUri + " holds no keys");
            }
            return keys;
        } catch (ParseException e) {
            throw new IOException("JWKS " + jwksUri + " is not a JWK set", e);
        }
    }

    URI uri() {
        return jwksUri;
    }
}
