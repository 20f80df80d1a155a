package dev.frontgate.api.notes;

import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NestedGroupMember;
import dev.frontgate.api.support.NoteFixtures;
import dev.frontgate.testing.keycloak.Tokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The attack of issue 17 on a real Keycloak: dana is a member of a real nested group {@code /team-b/team-a}, whose
 * name is {@code team-a} like bob's top-level group. With names in the claim she read every note shared with team-a;
 * with full paths she sees none of them, and what she shares with her group stays out of {@code /team-a}'s sight.
 */
@MicronautTest
class NestedGroupIT extends KeycloakBackedTest {

    private NestedGroupMember dana;
    private String teamANoteId;

    @BeforeAll
    void danaJoinsTheNestedGroup() {
        dana = NestedGroupMember.create(keycloak, "dana", "/team-b", "team-a");
    }

    @AfterAll
    void danaAndTheNestedGroupGo() {
        dana.remove();
    }

    @BeforeEach
    void aliceSharesANoteWithTopLevelTeamA() {
        String alice = login("alice", "openid read write groups").accessToken();
        teamANoteId = NoteFixtures.create(api(), alice, "for /team-a only", "/team-a").get("id").asText();
    }

    @Test
    void theTokenNamesTheNestedGroupByItsFullPath() {
        assertThat(dana.login("openid read groups").claims().get("groups"))
                .asInstanceOf(LIST)
                .containsExactlyInAnyOrder("/editors", "/team-b/team-a");
    }

    @Test
    void aMemberOfTheNestedGroupDoesNotSeeTheTopLevelGroupsNotes() {
        String token = dana.login("openid read groups").accessToken();

        assertThat(titles(token)).isEmpty();
        HttpResponse<String> single = api().get("/api/notes/" + teamANoteId, token);
        assertThat(single.statusCode()).isEqualTo(404);
    }

    @Test
    void aMemberOfTheNestedGroupCanNotShareWithTheTopLevelGroup() {
        String token = dana.login("openid read write groups").accessToken();

        HttpResponse<String> response = api().send("POST", "/api/notes", token,
                "{\"title\":\"t\",\"body\":\"b\",\"group\":\"/team-a\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("invalid_fields").findValuesAsText("field")).containsExactly("group");
    }

    @Test
    void whatTheNestedGroupSharesStaysWithTheNestedGroup() {
        Tokens writer = dana.login("openid read write groups");
        String id = NoteFixtures.create(api(), writer.accessToken(), "for /team-b/team-a", "/team-b/team-a")
                .get("id").asText();

        assertThat(titles(dana.login("openid read groups").accessToken())).containsExactly("for /team-b/team-a");
        for (String outsider : new String[]{"bob", "carol"}) {
            String token = login(outsider, "openid read groups").accessToken();
            assertThat(titles(token)).as(outsider).doesNotContain("for /team-b/team-a");
            assertThat(api().get("/api/notes/" + id, token).statusCode()).as(outsider).isEqualTo(404);
        }
    }

    private List<String> titles(String token) {
        HttpResponse<String> response = api().get("/api/notes", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body()).get("items").findValuesAsText("title");
    }
}
