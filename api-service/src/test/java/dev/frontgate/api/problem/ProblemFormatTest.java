package dev.frontgate.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.ForgedTokenTest;
import dev.frontgate.api.support.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors Micronaut itself answers come out as problem documents naming the field, without parser noise. */
@MicronautTest
class ProblemFormatTest extends ForgedTokenTest {

    private static final String UNKNOWN = "/api/notes/00000000-0000-4000-8000-000000000000";

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "PUT    | " + UNKNOWN + " | {\"title\":\"t\",\"body\":\"b\",\"version\":1e400} | 400 | version",
            "PUT    | " + UNKNOWN + " | {\"title\":{\"a\":1},\"body\":\"b\",\"version\":1}   | 400 | request",
            "PUT    | " + UNKNOWN + " | {\"title\":\"t\",\"body\":\"b\",\"version\":-1}    | 400 | version",
            "POST   | /api/notes       | {\"title\":\"\",\"body\":\"b\"}                      | 400 | title",
            "DELETE | " + UNKNOWN + " |                                                      | 400 | version",
            "GET    | /api/notes?page=x |                                                     | 400 | page",
            "GET    | /api/notes?size=101 |                                                   | 400 | size",
            "PATCH  | /api/notes       |                                                      | 405 |",
            "GET    | /api/nothing     |                                                      | 404 |"})
    void errorIsAProblemDocument(String method, String path, String body, int status, String field) {
        HttpResponse<String> response = api().send(method, path, token("openid read write"), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Source: REDACTED");
        if (field != null) {
            assertThat(problem.get("invalid_fields").get(0).get("field").asText()).as(response.body()).isEqualTo(field);
        }
    }
}
