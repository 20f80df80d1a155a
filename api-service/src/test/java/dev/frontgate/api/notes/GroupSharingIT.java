package dev.frontgate.api.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** alice (editors, team-a) shares a note with team-a; bob is in team-a, carol in team-b. */
@MicronautTest
class GroupSharingIT extends KeycloakBackedTest {

    private String sharedId;
    private String privateId;

    @BeforeEach
    void aliceWritesOneSharedAndOnePrivateNote() {
        String alice = login("alice", "openid read write groups").accessToken();
        sharedId = NoteFixtures.create(api(), alice, "team-a plan", "team-a").get("id").asText();
        privateId = NoteFixtures.create(api(), alice, "alice only", null).get("id").asText();
    }

    @Test
    void bobSeesTheTeamNoteOnlyWithTheGroupsScope() {
        String bobWithGroups = login("bob", "openid read groups").accessToken();
        assertEquals(List.of("team-a plan"), titles(bobWithGroups));
        assertEquals(200, api().get("/api/notes/" + sharedId, bobWithGroups).statusCode());

        String bobWithoutGroups = login("bob", "openid read").accessToken();
        assertEquals(List.of(), titles(bobWithoutGroups));
        assertEquals(404, api().get("/api/notes/" + sharedId, bobWithoutGroups).statusCode());
    }

    @Test
    void nobodyElseSeesThePrivateNote() {
        assertEquals(404, api().get("/api/notes/" + privateId, login("bob", "openid read groups").accessToken())
                .statusCode());
        assertEquals(List.of("alice only", "team-a plan"),
                titles(login("alice", "openid read groups").accessToken()).stream().sorted().toList());
    }

    @Test
    void carolOfTeamBNeverSeesTheTeamANote() {
        String carol = login("carol", "openid read groups").accessToken();
        assertEquals(List.of(), titles(carol));
        HttpResponse<String> response = api().get("/api/notes/" + sharedId, carol);
        assertEquals(404, response.statusCode());
        assertEquals(Json.parse(api().get("/api/notes/00000000-0000-4000-8000-000000000000", carol).body())
                .get("detail"), Json.parse(response.body()).get("detail"));
    }

    @Test
    void sharingNeedsTheGroupsScopeAndMembership() {
        String aliceNoGroups = login("alice", "openid read write").accessToken();
        HttpResponse<String> withoutScope = api().send("POST", "/api/notes", aliceNoGroups,
                "{\"title\":\"t\",\"body\":\"b\",\"group\":\"team-a\"}");
        assertEquals(403, withoutScope.statusCode());
        assertEquals("Bearer realm=\"frontgate\", error=\"insufficient_scope\", scope=\"write groups\"",
                withoutScope.headers().firstValue("WWW-Authenticate").orElseThrow());

        HttpResponse<String> foreignGroup = api().send("POST", "/api/notes",
                login("alice", "openid read write groups").accessToken(),
                "{\"title\":\"t\",\"body\":\"b\",\"group\":\"team-b\"}");
        assertEquals(400, foreignGroup.statusCode());
        assertEquals("group", Json.parse(foreignGroup.body()).get("invalid_fields").get(0).get("field").asText());
    }

    @Test
    void groupMemberCanReadButNotChangeTheNote() {
        String alice = login("alice", "openid read write groups").accessToken();
        JsonNode note = Json.parse(api().get("/api/notes/" + sharedId, alice).body());
        // bob can not get write (not an editor), so he is refused by scope before the author rule.
        String bob = login("bob", "openid read write groups").accessToken();
        assertEquals(403, api().send("PUT", "/api/notes/" + sharedId, bob,
                NoteFixtures.update("bob was here", note.get("version").asLong())).statusCode());
        assertEquals("team-a plan", Json.parse(api().get("/api/notes/" + sharedId, alice).body())
                .get("title").asText());
    }

    private List<String> titles(String token) {
        HttpResponse<String> response = api().get("/api/notes", token);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body()).get("items").findValuesAsText("title");
    }
}
