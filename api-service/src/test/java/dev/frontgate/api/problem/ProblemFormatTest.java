package dev.frontgate.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.ForgedTokenTest;
import dev.frontgate.api.support.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = Json.parse(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(response.body().contains("Source: REDACTED"), response.body());
        if (field != null) {
            assertEquals(field, problem.get("invalid_fields").get(0).get("field").asText(), response.body());
        }
    }
}
