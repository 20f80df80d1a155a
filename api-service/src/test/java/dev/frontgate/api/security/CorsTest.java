package dev.frontgate.api.security;

import dev.frontgate.api.support.ForgedTokenTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS answers the configured frontend origin (default http://localhost:5173) and nobody else. */
@MicronautTest
class CorsTest extends ForgedTokenTest {

    private static final String FRONTEND = "http://localhost:5173";

    @Test
    void preflightFromTheFrontendIsAllowed() {
        HttpResponse<String> response = preflight(FRONTEND);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEqualTo(Optional.of(FRONTEND));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .containsIgnoringCase("authorization");
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        for (String origin : new String[]{"http://evil.example", "http://localhost:5174", "https://localhost:5173"}) {
            HttpResponse<String> response = preflight(origin);
            assertThat(response.statusCode()).as(origin).isNotEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(origin)
                    .isEqualTo(Optional.empty());
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(origin).hasValue("nosniff");
        }
    }

    @Test
    void refusalsCarryCorsHeadersSoTheAppCanReadThem() {
        HttpResponse<String> response = api().send(api().request("/api/notes").header("Origin", FRONTEND).GET());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEqualTo(Optional.of(FRONTEND));
        assertThat(response.headers().allValues("Access-Control-Expose-Headers").toString())
                .contains("WWW-Authenticate");
    }

    private HttpResponse<String> preflight(String origin) {
        return api().send(api().request("/api/notes")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }
}
