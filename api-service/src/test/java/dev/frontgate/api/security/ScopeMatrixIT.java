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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every scope set, with alice's real PKCE tokens (only she holds the editor role that
 * {@code write} needs). A token without read or write has no {@code api-service} audience, so it is not ours: 401.
 */
@MicronautTest
class ScopeMatrixIT extends KeycloakBackedTest {

    /** The endpoints, in the column order of {@link #MATRIX}. */
    enum Endpoint {
        ME("GET", "/api/me"),
        ME_GROUPS("GET", "/api/me/groups"),
        LIST_NOTES("GET", "/api/notes"),
        GET_NOTE("GET", "/api/notes/{id}"),
        CREATE_NOTE("POST", "/api/notes"),
        UPDATE_NOTE("PUT", "/api/notes/{id}"),
        DELETE_NOTE("DELETE", "/api/notes/{id}?version=0");

        final String method;
        final String path;

        Endpoint(String method, String path) {
            this.method = method;
            this.path = path;
        }

        String body() {
            return switch (this) {
                case CREATE_NOTE -> "{\"title\":\"new\",\"body\":\"b\"}";
                case UPDATE_NOTE -> NoteFixtures.update("changed", 0);
                default -> null;
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What an endpoint answers a token. */
    sealed interface Answer {
    }

    /** The rule lets the token through: the endpoint's own status. */
    record Allowed(int status) implements Answer {
    }

    /** 403 naming the scopes the endpoint needs. */
    record InsufficientScope(List<String> scopes) implements Answer {
    }

    /** 401: a token without the API's audience was issued for someone else. */
    record NotForThisApi() implements Answer {
    }

    /** A scope set and the answer of each endpoint, in {@link Endpoint} order. */
    record Row(String scopes, List<Answer> answers) {
    }

    private static final Answer OK = new Allowed(200);
    private static final Answer CREATED = new Allowed(201);
    private static final Answer NO_CONTENT = new Allowed(204);
    private static final Answer NOT_OURS = new NotForThisApi();

    private static final List<Row> MATRIX = List.of(
            row("", NOT_OURS, NOT_OURS, NOT_OURS, NOT_OURS, NOT_OURS, NOT_OURS, NOT_OURS),
            row("read", OK, needs("groups"), OK, OK, needs("write"), needs("write"), needs("write")),
            row("write", OK, needs("groups"), needs("read"), needs("read"), CREATED, OK, NO_CONTENT),
            row("read write", OK, needs("groups"), OK, OK, CREATED, OK, NO_CONTENT),
            row("read groups", OK, OK, OK, OK, needs("write"), needs("write"), needs("write")),
            row("read write groups", OK, OK, OK, OK, CREATED, OK, NO_CONTENT));

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Endpoint.values()).map(endpoint ->
                Arguments.of(row.scopes(), endpoint, row.answers().get(endpoint.ordinal()))));
    }

    @ParameterizedTest(name = "scopes [{0}] {1} -> {2}")
    @MethodSource("cases")
    void endpointAnswersAsItsScopeRuleSays(String scopes, Endpoint endpoint, Answer expected) {
        String fullToken = login("alice", "openid read write groups").accessToken();
        JsonNode note = NoteFixtures.create(api(), fullToken, "matrix note", null);
        String path = endpoint.path.replace("{id}", note.get("id").asText());
        String token = login("alice", ("openid " + scopes).trim()).accessToken();

        HttpResponse<String> response = api().send(endpoint.method, path, token, endpoint.body());

        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        switch (expected) {
            case Allowed(int status) -> assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            case InsufficientScope(List<String> missing) -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(challenge).isEqualTo(DPOP_CHALLENGE + ", error=\"insufficient_scope\", scope=\""
                        + String.join(" ", missing) + "\"");
                assertThat(Json.texts(Json.parse(response.body()).get("required_scopes"))).isEqualTo(missing);
            }
            case NotForThisApi() -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
                assertThat(challenge).isEqualTo(DPOP_CHALLENGE + ", error=\"invalid_token\", "
                        + "error_description=\"audience does not include this service\""
                        + resourceMetadataParameter());
            }
        }
    }

    private static Row row(String scopes, Answer... answers) {
        if (answers.length != Endpoint.values().length) {
            throw new IllegalArgumentException("row [" + scopes + "] needs one answer per endpoint");
        }
        return new Row(scopes, List.of(answers));
    }

    private static Answer needs(String... scopes) {
        return new InsufficientScope(List.of(scopes));
    }
}
