package dev.frontgate.api.headers;

import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real requests with real Keycloak tokens: every answer, from an open page to a refusal before any route, says
 * {@code nosniff} and carries the Content-Security-Policy of its kind; error bodies say what is wrong in our words.
 */
@MicronautTest
class SecurityHeadersIT extends KeycloakBackedTest {

    private static final String API_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String ECHO = "zq9echo";

    private record Answer(String what, HttpResponse<String> response, int status) {
    }

    @Test
    void everyApiAnswerSaysNosniffAndMayNotBeFramedOrRun() {
        String reader = login("alice", "openid read").accessToken();
        String writer = login("alice", "openid read write").accessToken();
        List<Answer> answers = List.of(
                new Answer("health", api().get("/health", null), 200),
                new Answer("OpenAPI document", api().get("/openapi.yml", null), 200),
                new Answer("RFC 9728 metadata", api().get("/.well-known/oauth-protected-resource", null), 200),
                new Answer("notes", api().get("/api/notes", reader), 200),
                new Answer("no token", api().get("/api/notes", null), 401),
                new Answer("bad token", api().get("/api/notes", "x.y.z"), 401),
                new Answer("missing scope", api().send("POST", "/api/notes", reader, "{\"title\":\"t\",\"body\":\"b\"}"),
                        403),
                new Answer("unknown path", api().get("/api/" + ECHO, reader), 404),
                new Answer("method not allowed", api().send("PATCH", "/api/notes", reader, null), 405),
                new Answer("malformed JSON", api().send("POST", "/api/notes", writer, "{\"title\": \"" + ECHO), 400),
                new Answer("too large", api().send("POST", "/api/notes", writer,
                        "{\"title\":\"t\",\"body\":\"" + "b".repeat(70_000) + "\"}"), 413),
                new Answer("not JSON", api().send(api().request("/api/notes").header("Authorization", "Bearer " + writer)
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("t"))), 415),
                new Answer("preflight", preflight("http://localhost:5173"), 200),
                new Answer("refused preflight", preflight("http://evil.example"), 403));

        List<String> wrong = new ArrayList<>();
        for (Answer answer : answers) {
            HttpResponse<String> response = answer.response();
            if (response.statusCode() != answer.status()
                    || !response.headers().allValues("X-Content-Type-Options").equals(List.of("nosniff"))
                    || !response.headers().allValues("Content-Security-Policy").equals(List.of(API_POLICY))) {
                wrong.add(answer.what() + ": " + response.statusCode() + " " + response.headers().map());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) {
        return api().send(api().request("/api/notes").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void swaggerUiPagesGetAPolicyThatLetsThemRunAndReachKeycloak() {
        URI issuer = URI.create(keycloak.issuer());
        String keycloakOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
        for (String page : List.of("/swagger-ui/index.html", "/swagger-ui/oauth2-redirect.html")) {
            HttpResponse<String> response = api().get(page, null);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().allValues("X-Content-Type-Options")).as(page).containsExactly("nosniff");
            String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(page)
                    .startsWith("default-src 'none'; script-src 'self' 'sha256-")
                    .contains("connect-src 'self' " + keycloakOrigin + ";")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("'unsafe-eval'").doesNotContain("script-src 'self' 'unsafe-inline'");
        }
    }

    @Test
    void aMalformedBodyIsDescribedWithoutTheParsersMessage() {
        HttpResponse<String> response = api().send("POST", "/api/notes",
                login("alice", "openid read write").accessToken(), "{\"title\": \"" + ECHO + "\", \"body\": tru");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("detail").asText()).isEqualTo("The request body is not valid JSON.");
        assertThat(response.body()).doesNotContain(ECHO).doesNotContainIgnoringCase("unexpected")
                .doesNotContain("Source");
    }

    @Test
    void aBadQueryValueIsNotEchoed() {
        HttpResponse<String> response = api().get("/api/notes?size=" + ECHO + "%3Cscript%3E",
                login("alice", "openid read").accessToken());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain(ECHO).doesNotContain("script");
        assertThat(Json.parse(response.body()).get("invalid_fields").get(0).get("message").asText())
                .isEqualTo("must be a whole number in range");
    }
}
