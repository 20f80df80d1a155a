package dev.frontgate.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.ForgedTokenTest;
import dev.frontgate.api.support.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors Micronaut itself answers come out as problem documents in our words: the field the client knows, what is
 * wrong with it, and never the parser's message or a value the client sent.
 */
@MicronautTest
class ProblemFormatTest extends ForgedTokenTest {

    private static final String UNKNOWN = "/api/notes/00000000-0000-4000-8000-000000000000";
    private static final String ECHO = "zq9echo";

    /** A request and the problem it must get; {@code field} and {@code message} name the first invalid field. */
    record Case(String what, String method, String path, String body, int status, String detail, String field,
                String message) {

        @Override
        public String toString() {
            return what;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("number out of range", "PUT", UNKNOWN, "{\"title\":\"t\",\"body\":\"b\",\"version\":1e400}",
                        400, "Invalid fields: version.", "version", "must be a whole number in range"),
                new Case("object for a string", "PUT", UNKNOWN,
                        "{\"title\":{\"" + ECHO + "\":1},\"body\":\"b\",\"version\":1}",
                        400, "The request body is not a JSON object of the documented form.", "request",
                        "must be a JSON object with the documented fields"),
                new Case("malformed JSON", "POST", "/api/notes", "{\"title\": \"" + ECHO + "\", ",
                        400, "The request body is not valid JSON.", "request", "is not valid JSON"),
                new Case("not an object", "POST", "/api/notes", "[\"" + ECHO + "\"]",
                        400, "The request body is not a JSON object of the documented form.", "request",
                        "must be a JSON object with the documented fields"),
                new Case("negative version", "PUT", UNKNOWN, "{\"title\":\"t\",\"body\":\"b\",\"version\":-1}",
                        400, "Invalid fields: version.", "version", "must be greater than or equal to 0"),
                new Case("blank title", "POST", "/api/notes", "{\"title\":\"\",\"body\":\"b\"}",
                        400, "Invalid fields: title.", "title", "must not be blank"),
                new Case("no version", "DELETE", UNKNOWN, null,
                        400, "Invalid fields: version.", "version", "is required"),
                new Case("page not a number", "GET", "/api/notes?page=" + ECHO, null,
                        400, "Invalid fields: page.", "page", "must be a whole number in range"),
                new Case("version not a number", "DELETE", UNKNOWN + "?version=" + ECHO, null,
                        400, "Invalid fields: version.", "version", "must be a whole number in range"),
                new Case("page size too big", "GET", "/api/notes?size=101", null,
                        400, "Invalid fields: size.", "size", "must be less than or equal to 100"),
                new Case("method not allowed", "PATCH", "/api/notes/" + ECHO, null, 405,
                        "This path does not take this method; the Allow header lists the ones it takes.", null, null),
                new Case("unknown path", "GET", "/api/" + ECHO, null, 404, "Nothing is served at this path.",
                        null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorIsAProblemDocumentInOurWords(Case bad) {
        HttpResponse<String> response = api().send(bad.method(), bad.path(), token("openid read write"), bad.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.get("detail").asText()).isEqualTo(bad.detail());
        assertThat(response.body()).doesNotContain(ECHO).doesNotContain("Source").doesNotContain("Failed to convert");
        if (bad.field() == null) {
            assertThat(problem.has("invalid_fields")).as(response.body()).isFalse();
        } else {
            JsonNode field = problem.get("invalid_fields").get(0);
            assertThat(field.get("field").asText()).isEqualTo(bad.field());
            assertThat(field.get("message").asText()).isEqualTo(bad.message());
        }
    }
}
