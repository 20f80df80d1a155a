package dev.frontgate.api.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a write answers is the note as PostgreSQL stored it: a client may keep it instead of reading it again. */
@MicronautTest
class NoteAnswerIT extends KeycloakBackedTest {

    @Test
    void createdNoteIsAnsweredAsStored() {
        String alice = login("alice", "openid read write").accessToken();
        JsonNode created = NoteFixtures.create(api(), alice, "as stored", null);

        assertEquals(created, stored(alice, created.get("id").asText()));
    }

    @Test
    void updatedNoteIsAnsweredAsStored() {
        String alice = login("alice", "openid read write").accessToken();
        String id = NoteFixtures.create(api(), alice, "before", null).get("id").asText();

        HttpResponse<String> updated = api().send("PUT", "/api/notes/" + id, alice, NoteFixtures.update("after", 0));

        assertEquals(200, updated.statusCode(), updated.body());
        JsonNode answer = Json.parse(updated.body());
        assertEquals("after", answer.get("title").asText());
        assertEquals(1, answer.get("version").asLong());
        assertEquals(answer, stored(alice, id));
    }

    private JsonNode stored(String token, String id) {
        HttpResponse<String> response = api().get("/api/notes/" + id, token);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }
}
