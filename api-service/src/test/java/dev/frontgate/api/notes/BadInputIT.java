package dev.frontgate.api.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import dev.frontgate.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input is refused with a 4xx problem naming what was wrong, and nothing is written. */
@MicronautTest
class BadInputIT extends KeycloakBackedTest {

    private static final String SQL = "x'); DELETE FROM note; --";

    private record Case(String what, String method, String path, String contentType, String body, int status,
                        String field) {
    }

    @Test
    void badInputIsRefusedAndTheDatabaseIsUnchanged() {
        String alice = login("alice", "openid read write groups").accessToken();
        JsonNode note = NoteFixtures.create(api(), alice, "keep me", "/team-a");
        String notePath = "/api/notes/" + note.get("id").asText();
        String before = TestDatabase.notesSnapshot();

        List<String> failures = new ArrayList<>();
        for (Case bad : cases(notePath)) {
            HttpRequest.Builder request = api().authorized(bad.method(), bad.path(), alice)
                    .method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(bad.body()));
            if (bad.contentType() != null) {
                request.header("Content-Type", bad.contentType());
            }
            HttpResponse<String> response = api().send(request);
            String problem = check(bad, response);
            if (problem != null) {
                failures.add(bad.what() + ": " + problem + " (" + response.statusCode() + " " + response.body() + ")");
            }
        }

        assertThat(failures).isEqualTo(List.of());
        assertThat(TestDatabase.notesSnapshot()).isEqualTo(before);
    }

    private static String check(Case bad, HttpResponse<String> response) {
        if (response.statusCode() != bad.status()) {
            return "status";
        }
        if (!response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")) {
            return "content type";
        }
        if (bad.field() != null && !Json.parse(response.body()).path("invalid_fields").findValuesAsText("field")
                .contains(bad.field())) {
            return "field " + bad.field() + " not named";
        }
        return null;
    }

    private static List<Case> cases(String note) {
        String json = "application/json";
        return List.of(
                new Case("malformed JSON", "POST", "/api/notes", json, "{\"title\": \"x\", ", 400, null),
                new Case("not an object", "POST", "/api/notes", json, "[1, 2]", 400, null),
                new Case("null body", "POST", "/api/notes", json, "null", 400, null),
                new Case("empty body", "POST", "/api/notes", json, "", 400, null),
                new Case("missing title", "POST", "/api/notes", json, "{\"body\":\"b\"}", 400, "title"),
                new Case("blank title", "POST", "/api/notes", json, "{\"title\":\"  \",\"body\":\"b\"}", 400, "title"),
                new Case("title too long", "POST", "/api/notes", json,
                        "{\"title\":\"" + "t".repeat(201) + "\",\"body\":\"b\"}", 400, "title"),
                new Case("body too long", "POST", "/api/notes", json,
                        "{\"title\":\"t\",\"body\":\"" + "b".repeat(10_001) + "\"}", 400, "body"),
                new Case("missing body", "POST", "/api/notes", json, "{\"title\":\"t\"}", 400, "body"),
                new Case("title as object", "POST", "/api/notes", json, "{\"title\":{\"a\":1},\"body\":\"b\"}",
                        400, null),
                new Case("NUL in title", "POST", "/api/notes", json, "{\"title\":\"a\\u0000b\",\"body\":\"b\"}",
                        400, "title"),
                new Case("SQL-ish group", "POST", "/api/notes", json,
                        "{\"title\":\"t\",\"body\":\"b\",\"group\":\"" + SQL + "\"}", 400, "group"),
                new Case("over 64 KiB", "POST", "/api/notes", json,
                        "{\"title\":\"t\",\"body\":\"" + "b".repeat(70_000) + "\"}", 413, null),
                new Case("text/plain", "POST", "/api/notes", "text/plain", "title=t", 415, null),
                new Case("update without version", "PUT", note, json, "{\"title\":\"t\",\"body\":\"b\"}", 400,
                        "version"),
                new Case("version as text", "PUT", note, json, "{\"title\":\"t\",\"body\":\"b\",\"version\":\"abc\"}",
                        400, null),
                new Case("negative version", "PUT", note, json, "{\"title\":\"t\",\"body\":\"b\",\"version\":-1}",
                        400, "version"),
                new Case("huge version", "PUT", note, json,
                        "{\"title\":\"t\",\"body\":\"b\",\"version\":1e400}", 400, null),
                new Case("update of unknown id", "PUT", "/api/notes/00000000-0000-4000-8000-000000000000", json,
                        NoteFixtures.update("t", 0), 404, null),
                new Case("SQL-ish id", "GET", "/api/notes/1'%20OR%20'1'='1", null, null, 404, null),
                new Case("delete without version", "DELETE", note, null, null, 400, null),
                new Case("delete with text version", "DELETE", note + "?version=abc", null, null, 400, null),
                new Case("page not a number", "GET", "/api/notes?page=x", null, null, 400, null),
                new Case("negative page", "GET", "/api/notes?page=-1", null, null, 400, "page"),
                new Case("page size too big", "GET", "/api/notes?size=1000", null, null, 400, "size"),
                new Case("page size zero", "GET", "/api/notes?size=0", null, null, 400, "size"));
    }

    @Test
    void sqlIshTextIsStoredAsPlainText() {
        String alice = login("alice", "openid read write").accessToken();
        JsonNode note = NoteFixtures.create(api(), alice, SQL, null);
        assertThat(Json.parse(api().get("/api/notes/" + note.get("id").asText(), alice).body())
                .get("title").asText()).isEqualTo(SQL);
        assertThat(TestDatabase.notesSnapshot()).contains(SQL);
    }
}
