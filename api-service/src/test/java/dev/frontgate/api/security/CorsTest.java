package dev.frontgate.api.security;

import dev.frontgate.api.support.ForgedTokenTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CORS answers the configured frontend origin (default http://localhost:5173) and nobody else. */
@MicronautTest
class CorsTest extends ForgedTokenTest {

    private static final String FRONTEND = "http://localhost:5173";

    @Test
    void preflightFromTheFrontendIsAllowed() {
        HttpResponse<String> response = preflight(FRONTEND);
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of(FRONTEND), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()
                .toLowerCase().contains("authorization"));
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        for (String origin : new String[]{"http://evil.example", "http://localhost:5174", "https://localhost:5173"}) {
            HttpResponse<String> response = preflight(origin);
            assertNotEquals(200, response.statusCode(), origin);
            assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"), origin);
        }
    }

    @Test
    void refusalsCarryCorsHeadersSoTheAppCanReadThem() {
        HttpResponse<String> response = api().send(api().request("/api/notes").header("Origin", FRONTEND).GET());
        assertEquals(401, response.statusCode());
        assertEquals(Optional.of(FRONTEND), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(response.headers().allValues("Access-Control-Expose-Headers").toString()
                .contains("WWW-Authenticate"));
    }

    private HttpResponse<String> preflight(String origin) {
        return api().send(api().request("/api/notes")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }
}
