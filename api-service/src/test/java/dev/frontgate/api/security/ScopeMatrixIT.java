package dev.frontgate.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint against every scope set, with alice's real PKCE tokens (only she holds the editor role that
 * {@code write} needs). A token without read or write has no {@code api-service} audience, so it is not ours: 401.
 */
@MicronautTest
class ScopeMatrixIT extends KeycloakBackedTest {

    private static final String NO_API_AUDIENCE = "401";

    /** Scope set, then the expected status per endpoint in {@link #ENDPOINTS} order; "403 x y" = insufficient x y. */
    private static final List<List<String>> MATRIX = List.of(
            List.of("", NO_API_AUDIENCE, NO_API_AUDIENCE, NO_API_AUDIENCE, NO_API_AUDIENCE, NO_API_AUDIENCE,
                    NO_API_AUDIENCE, NO_API_AUDIENCE),
            List.of("read", "200", "403 groups", "200", "200", "403 write", "403 write", "403 write"),
            List.of("write", "200", "403 groups", "403 read", "403 read", "201", "200", "204"),
            List.of("read write", "200", "403 groups", "200", "200", "201", "200", "204"),
            List.of("read groups", "200", "200", "200", "200", "403 write", "403 write", "403 write"),
            List.of("read write groups", "200", "200", "200", "200", "201", "200", "204"));

    private static final List<String> ENDPOINTS = List.of("GET /api/me", "GET /api/me/groups", "GET /api/notes",
            "GET /api/notes/{id}", "POST /api/notes", "PUT /api/notes/{id}", "DELETE /api/notes/{id}?version=0");

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> ENDPOINTS.stream().map(endpoint ->
                Arguments.of(row.getFirst(), endpoint, row.get(ENDPOINTS.indexOf(endpoint) + 1))));
    }

    @ParameterizedTest(name = "scopes [{0}] {1} -> {2}")
    @MethodSource("cases")
    void endpointAnswersAsItsScopeRuleSays(String scopes, String endpoint, String expected) {
        String fullToken = login("alice", "openid read write groups").accessToken();
        JsonNode note = NoteFixtures.create(api(), fullToken, "matrix note", null);
        String[] methodAndPath = endpoint.replace("{id}", note.get("id").asText()).split(" ");
        String body = switch (methodAndPath[0]) {
            case "POST" -> "{\"title\":\"new\",\"body\":\"b\"}";
            case "PUT" -> NoteFixtures.update("changed", 0);
            default -> null;
        };
        String token = login("alice", ("openid " + scopes).trim()).accessToken();

        HttpResponse<String> response = api().send(methodAndPath[0], methodAndPath[1], token, body);

        String[] expectation = expected.split(" ", 2);
        assertEquals(Integer.parseInt(expectation[0]), response.statusCode(), response.body());
        if (expectation[0].equals("403")) {
            assertEquals("Bearer realm=\"frontgate\", error=\"insufficient_scope\", scope=\"" + expectation[1] + "\"",
                    response.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertEquals(List.of(expectation[1].split(" ")),
                    Json.texts(Json.parse(response.body()).get("required_scopes")));
        }
        if (expected.equals(NO_API_AUDIENCE)) {
            assertEquals("Bearer realm=\"frontgate\", error=\"invalid_token\", "
                            + "error_description=\"audience does not include this service\""
                            + resourceMetadataParameter(),
                    response.headers().firstValue("WWW-Authenticate").orElseThrow());
        }
    }
}
