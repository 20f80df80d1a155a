package dev.frontgate.api.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes created through the API itself, as a client would. */
public final class NoteFixtures {

    private NoteFixtures() {
    }

    public static JsonNode create(Api api, String token, String title, String group) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("title", title);
        note.put("body", "body of " + title);
        note.put("group", group);
        HttpResponse<String> response = api.send("POST", "/api/notes", token, Json.write(note));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body());
    }

    public static String update(String title, Object version) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("title", title);
        note.put("body", "changed");
        note.put("version", version);
        return Json.write(note);
    }
}
