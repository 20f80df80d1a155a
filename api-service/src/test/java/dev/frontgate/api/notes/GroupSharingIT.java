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

import static org.assertj.core.api.Assertions.assertThat;

/** alice (/editors, /team-a) shares a note with /team-a; bob is in /team-a, carol in /team-b. */
@MicronautTest
class GroupSharingIT extends KeycloakBackedTest {

    private String sharedId;
    private String privateId;

    @BeforeEach
    void aliceWritesOneSharedAndOnePrivateNote() {
        String alice = login("alice", "openid read write groups").accessToken();
        sharedId = NoteFixtures.create(api(), alice, "team-a plan", "/team-a").get("id").asText();
        privateId = NoteFixtures.create(api(), alice, "alice only", null).get("id").asText();
    }

    @Test
    void bobSeesTheTeamNoteOnlyWithTheGroupsScope() {
        String bobWithGroups = login("bob", "openid read groups").accessToken();
        assertThat(titles(bobWithGroups)).isEqualTo(List.of("team-a plan"));
        assertThat(api().get("/api/notes/" + sharedId, bobWithGroups).statusCode()).isEqualTo(200);

        String bobWithoutGroups = login("bob", "openid read").accessToken();
        assertThat(titles(bobWithoutGroups)).isEqualTo(List.of());
        assertThat(api().get("/api/notes/" + sharedId, bobWithoutGroups).statusCode()).isEqualTo(404);
    }

    @Test
    void nobodyElseSeesThePrivateNote() {
        assertThat(api().get("/api/notes/" + privateId, login("bob", "openid read groups").accessToken())
                .statusCode()).isEqualTo(404);
        assertThat(titles(login("alice", "openid read groups").accessToken()).stream().sorted().toList())
                .isEqualTo(List.of("alice only", "team-a plan"));
    }

    @Test
    void carolOfTeamBNeverSeesTheTeamANote() {
        String carol = login("carol", "openid read groups").accessToken();
        assertThat(titles(carol)).isEqualTo(List.of());
        HttpResponse<String> response = api().get("/api/notes/" + sharedId, carol);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.parse(response.body()).get("detail"))
                .isEqualTo(Json.parse(api().get("/api/notes/00000000-0000-4000-8000-000000000000", carol).body())
                .get("detail"));
    }

    @Test
    void sharingNeedsTheGroupsScopeAndMembership() {
        String aliceNoGroups = login("alice", "openid read write").accessToken();
        HttpResponse<String> withoutScope = api().send("POST", "/api/notes", aliceNoGroups,
                "{\"title\":\"t\",\"body\":\"b\",\"group\":\"/team-a\"}");
        assertThat(withoutScope.statusCode()).isEqualTo(403);
        assertThat(withoutScope.headers().firstValue("WWW-Authenticate").orElseThrow())
                .isEqualTo(DPOP_CHALLENGE + ", error=\"insufficient_scope\", scope=\"write groups\"");

        HttpResponse<String> foreignGroup = api().send("POST", "/api/notes",
                login("alice", "openid read write groups").accessToken(),
                "{\"title\":\"t\",\"body\":\"b\",\"group\":\"/team-b\"}");
        assertThat(foreignGroup.statusCode()).isEqualTo(400);
        assertThat(Json.parse(foreignGroup.body()).get("invalid_fields").get(0).get("field").asText())
                .isEqualTo("group");
    }

    @Test
    void aBareGroupNameIsRefusedBecauseItCouldMeanSeveralGroups() {
        HttpResponse<String> byName = api().send("POST", "/api/notes",
                login("alice", "openid read write groups").accessToken(),
                "{\"title\":\"t\",\"body\":\"b\",\"group\":\"team-a\"}");
        assertThat(byName.statusCode()).isEqualTo(400);
        JsonNode field = Json.parse(byName.body()).get("invalid_fields").get(0);
        assertThat(field.get("field").asText()).isEqualTo("group");
        assertThat(field.get("message").asText())
                .isEqualTo("must be the full path of one of your groups, such as /team-a");
    }

    @Test
    void groupMemberCanReadButNotChangeTheNote() {
        String alice = login("alice", "openid read write groups").accessToken();
        JsonNode note = Json.parse(api().get("/api/notes/" + sharedId, alice).body());
        // bob can not get write (not an editor), so he is refused by scope before the author rule.
        String bob = login("bob", "openid read write groups").accessToken();
        assertThat(api().send("PUT", "/api/notes/" + sharedId, bob,
                NoteFixtures.update("bob was here", note.get("version").asLong())).statusCode()).isEqualTo(403);
        assertThat(Json.parse(api().get("/api/notes/" + sharedId, alice).body())
                .get("title").asText()).isEqualTo("team-a plan");
    }

    private List<String> titles(String token) {
        HttpResponse<String> response = api().get("/api/notes", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body()).get("items").findValuesAsText("title");
    }
}
