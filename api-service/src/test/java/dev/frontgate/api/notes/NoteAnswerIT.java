package dev.frontgate.api.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a write answers is the note as PostgreSQL stored it: a client may keep it instead of reading it again. */
@MicronautTest
class NoteAnswerIT extends KeycloakBackedTest {

    @Test
    void createdNoteIsAnsweredAsStored() {
        String alice = login("alice", "openid read write").accessToken();
        JsonNode created = NoteFixtures.create(api(), alice, "as stored", null);

        assertThat(stored(alice, created.get("id").asText())).isEqualTo(created);
    }

    @Test
    void updatedNoteIsAnsweredAsStored() {
        String alice = login("alice", "openid read write").accessToken();
        String id = NoteFixtures.create(api(), alice, "before", null).get("id").asText();

        HttpResponse<String> updated = api().send("PUT", "/api/notes/" + id, alice, NoteFixtures.update("after", 0));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode answer = Json.parse(updated.body());
        assertThat(answer.get("title").asText()).isEqualTo("after");
        assertThat(answer.get("version").asLong()).isEqualTo(1);
        assertThat(stored(alice, id)).isEqualTo(answer);
    }

    private JsonNode stored(String token, String id) {
        HttpResponse<String> response = api().get("/api/notes/" + id, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }
}
