package dev.frontgate.api.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import dev.frontgate.api.support.Pause;
import dev.frontgate.api.support.PrometheusScrape;
import dev.frontgate.api.support.TestDatabase;
import dev.frontgate.testing.keycloak.FreePorts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note-page cache on two replicas of one PostgreSQL database, as behind the balancer: a page is served from memory
 * until a note on it changes, a change through either replica ends the pages it touches on both, and while a replica
 * cannot hear the others' changes it reads every page from the database.
 */
@MicronautTest
class NotePageCacheIT extends KeycloakBackedTest {

    private static final Duration HEARING_TIME = Duration.ofSeconds(10);
    private static final Map<String, String> HITS = Map.of("cache", "frontgate_note_page_cache", "result", "hit");

    private final int managementPort = FreePorts.next();


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontgate.notes.page-cache.enabled", "true");
        properties.put("endpoints.all.port", String.valueOf(managementPort));
        return properties;
    }


    @BeforeAll
    void startBothReplicas() {
        secondReplica();
    }

    /** The base class empties the table and announces it; both replicas hear it within milliseconds. */
    @BeforeEach
    void letTheReplicasHearTheEmptiedTable() {
        Pause.of(Duration.ofMillis(250));
    }

    @Test
    void aPageIsServedFromMemoryUntilANoteOnItChangesThroughTheService() throws Exception {
        String alice = login("alice", "openid read write groups").accessToken();
        String id = NoteFixtures.create(api(), alice, "first", null).get("id").asText();
        awaitTitles(api(), alice, titles -> titles.equals(List.of("first")));

        renameBySql(id, "renamed around the service");
        PrometheusScrape before = PrometheusScrape.of(managementPort);
        assertThat(titles(api(), alice)).as("served from memory").containsExactly("first");
        PrometheusScrape after = PrometheusScrape.of(managementPort);
        assertThat(after.value("cache_gets_total", HITS) - before.value("cache_gets_total", HITS)).isEqualTo(1.0);
        assertThat(after.value("frontgate_note_change_feed_listening", Map.of())).isEqualTo(1.0);

        NoteFixtures.create(api(), alice, "second", null);
        assertThat(titles(api(), alice)).as("this replica's write ends the page at once")
                .containsExactly("second", "renamed around the service");
    }

    @Test
    void aWriteAtOneReplicaEndsThePagesItTouchesAtTheOther() {
        String alice = login("alice", "openid read write groups").accessToken();
        String bob = login("bob", "openid read groups").accessToken();
        Api second = secondReplica();
        awaitTitles(api(), bob, List::isEmpty);
        awaitTitles(api(), alice, List::isEmpty);

        NoteFixtures.create(second, alice, "shared with team-a at the other replica", "/team-a");

        awaitTitles(api(), bob, titles -> titles.contains("shared with team-a at the other replica"));
        awaitTitles(api(), alice, titles -> titles.contains("shared with team-a at the other replica"));
    }

    @Test
    void whileAReplicaCannotHearTheOthersItReadsFromTheDatabaseAndCachesAgainOnceItHears() throws Exception {
        String aliceWithoutGroups = login("alice", "openid read write").accessToken();
        String id = NoteFixtures.create(api(), aliceWithoutGroups, "before", null).get("id").asText();
        awaitTitles(api(), aliceWithoutGroups, titles -> titles.equals(List.of("before")));

        cutListeners();
        renameBySql(id, "changed while deaf");
        awaitTitles(api(), aliceWithoutGroups, titles -> titles.equals(List.of("changed while deaf")));

        awaitListeners(2);
        Pause.of(Duration.ofMillis(200)); // from connecting to LISTEN and the cache taking pages again
        awaitTitles(api(), aliceWithoutGroups, titles -> titles.equals(List.of("changed while deaf")));
        renameBySql(id, "changed around the service");
        assertThat(titles(api(), aliceWithoutGroups)).as("cached again").containsExactly("changed while deaf");
    }

    private static List<String> titles(Api replica, String token) {
        var answer = replica.get("/api/notes", token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode page = Json.parse(answer.body());
        return page.get("items").findValuesAsText("title");
    }

    private static void awaitTitles(Api replica, String token, Predicate<List<String>> expected) {
        Instant deadline = Instant.now().plus(HEARING_TIME);
        List<String> seen = titles(replica, token);
        while (!expected.test(seen) && Instant.now().isBefore(deadline)) {
            Pause.of(Duration.ofMillis(50));
            seen = titles(replica, token);
        }
        assertThat(expected.test(seen)).as("the page within " + HEARING_TIME + ": " + seen).isTrue();
    }

    private static void renameBySql(String id, String title) throws SQLException {
        TestDatabase.query(TestDatabase.URL, "UPDATE note SET title = '" + title + "' WHERE id = '" + id
                + "' RETURNING id, title");
    }

    /** Ends the database sessions the replicas listen on, as a network cut or a database restart would. */
    private static void cutListeners() throws SQLException {
        assertThat(TestDatabase.query(TestDatabase.URL, "SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = '" + NoteChangeFeed.APPLICATION_NAME
                + "' AND datname = current_database()"))
                .hasSize(2);
    }

    private static void awaitListeners(int replicas) throws SQLException {
        Instant deadline = Instant.now().plus(HEARING_TIME);
        while (listeners() < replicas && Instant.now().isBefore(deadline)) {
            Pause.of(Duration.ofMillis(50));
        }
        assertThat(listeners()).isEqualTo(replicas);
    }

    private static int listeners() throws SQLException {
        return TestDatabase.query(TestDatabase.URL, "SELECT pid, query FROM pg_stat_activity WHERE application_name = '"
                + NoteChangeFeed.APPLICATION_NAME + "' AND datname = current_database()").size();
    }
}
