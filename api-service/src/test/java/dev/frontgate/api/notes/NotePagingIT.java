package dev.frontgate.api.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of GET /api/notes: newest first, and every page (also one past the last) tells the number of all visible
 * notes. alice writes five private notes and two shared with the group she and bob are in; bob sees only the two.
 */
@MicronautTest
class NotePagingIT extends KeycloakBackedTest {

    private String alice;

    @BeforeEach
    void aliceWritesFivePrivateAndTwoSharedNotes() {
        alice = login("alice", "openid read write groups").accessToken();
        String group = groupOfBoth(alice, login("bob", "openid read groups").accessToken());
        for (int i = 1; i <= 5; i++) {
            NoteFixtures.create(api(), alice, "private " + i, null);
        }
        NoteFixtures.create(api(), alice, "shared 1", group);
        NoteFixtures.create(api(), alice, "shared 2", group);
    }

    @Test
    void pagesGoNewestFirstAndEachCarriesTheTotal() {
        assertThat(page(alice, 0, 3)).isEqualTo(new Page(List.of("shared 2", "shared 1", "private 5"), 0, 3, 7));
        assertThat(page(alice, 1, 3)).isEqualTo(new Page(List.of("private 4", "private 3", "private 2"), 1, 3, 7));
        assertThat(page(alice, 2, 3)).isEqualTo(new Page(List.of("private 1"), 2, 3, 7));
    }

    @Test
    void aPagePastTheLastIsEmptyButStillCountsAll() {
        assertThat(page(alice, 5, 3)).isEqualTo(new Page(List.of(), 5, 3, 7));
        String bob = login("bob", "openid read groups").accessToken();
        assertThat(page(bob, 1, 2)).isEqualTo(new Page(List.of(), 1, 2, 2));
    }

    @Test
    void withoutTheGroupsScopeOnlyTheCallersOwnNotesCount() {
        String aliceOwnOnly = login("alice", "openid read").accessToken();
        assertThat(page(aliceOwnOnly, 0, 2)).isEqualTo(new Page(List.of("shared 2", "shared 1"), 0, 2, 7));
        String bobOwnOnly = login("bob", "openid read").accessToken();
        assertThat(page(bobOwnOnly, 0, 20)).isEqualTo(new Page(List.of(), 0, 20, 0));
        String bob = login("bob", "openid read groups").accessToken();
        assertThat(page(bob, 0, 20)).isEqualTo(new Page(List.of("shared 2", "shared 1"), 0, 20, 2));
    }

    private record Page(List<String> titles, int page, int size, long total) {
    }

    private Page page(String token, int page, int size) {
        HttpResponse<String> response = api().get("/api/notes?page=" + page + "&size=" + size, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        List<String> titles = new ArrayList<>();
        body.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return new Page(titles, body.get("page").asInt(), body.get("size").asInt(), body.get("total").asLong());
    }

    /** Read from the API, so the test holds whatever form the groups claim takes. */
    private String groupOfBoth(String aToken, String anotherToken) {
        List<String> others = groupsOf(anotherToken);
        return groupsOf(aToken).stream().filter(others::contains).findFirst().orElseThrow();
    }

    private List<String> groupsOf(String token) {
        List<String> groups = new ArrayList<>();
        Json.parse(api().get("/api/me", token).body()).get("groups").forEach(group -> groups.add(group.asText()));
        return groups;
    }
}
