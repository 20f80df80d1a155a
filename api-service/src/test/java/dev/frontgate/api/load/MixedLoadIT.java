package dev.frontgate.api.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 60 s of mixed reads and writes on 64 connections with real Keycloak tokens and the real PostgreSQL: no request
 * fails, and every write the service acknowledged is in the database as acknowledged. Bounded in time, loopback only.
 */
@MicronautTest
class MixedLoadIT extends KeycloakBackedTest {

    static final Duration DURATION = Duration.ofSeconds(60);
    static final int CONNECTIONS = 64;

    @Test
    void minuteOfMixedLoadEndsWithoutErrorsAndWithEveryAcknowledgedWriteStored() throws Exception {
        LoadUsers users = new LoadUsers(
                keycloak.pkce().login("alice", "openid read write groups").accessToken(),
                keycloak.pkce().login("bob", "openid read groups").accessToken(),
                keycloak.pkce().login("carol", "openid read").accessToken());
        Api api = api();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong requests = new AtomicLong();
        Instant deadline = Instant.now().plus(DURATION);

        try (ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < CONNECTIONS; worker++) {
                LoadWorker load = new LoadWorker(worker, api, users, acknowledged, errors, requests);
                workers.add(connections.submit(() -> load.runUntil(deadline)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }

        assertThat(errors.stream().limit(10).toList()).as(errors.size() + " failed requests").isEqualTo(List.of());
        assertThat(acknowledged.size() > 0).as("the load wrote something").isTrue();
        Map<String, String> stored = TestDatabase.titleAndVersionById();
        List<String> missing = acknowledged.entrySet().stream()
                .filter(note -> !note.getValue().equals(stored.get(note.getKey())))
                .map(note -> note.getKey() + " acknowledged as " + note.getValue() + ", stored " + stored.get(note.getKey()))
                .limit(10).toList();
        assertThat(missing).isEqualTo(List.of());
        System.out.printf("mixed load: %d requests in %d s on %d connections, %d notes written, 0 errors%n",
                requests.get(), DURATION.toSeconds(), CONNECTIONS, acknowledged.size());
    }

    @Test
    void ofSixtyFourConcurrentUpdatesOfOneNoteOneWinsAndTheRestGet409() throws Exception {
        String alice = keycloak.pkce().login("alice", "openid read write").accessToken();
        Api api = api();
        String id = LoadWorker.created(api.send("POST", "/api/notes", alice, LoadWorker.note("contended", null)))
                .get("id").asText();
        List<HttpResponse<String>> answers = ConcurrentUpdates.fromVersionZero(api, alice, id, CONNECTIONS);

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses.stream().filter(status -> status == 200).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses.stream().filter(status -> status == 409).count()).as(statuses.toString())
                .isEqualTo(CONNECTIONS - 1);
        String winner = answers.stream().filter(answer -> answer.statusCode() == 200)
                .map(answer -> Json.parse(answer.body()).get("title").asText()).findFirst().orElseThrow();
        JsonNode stored = Json.parse(api.get("/api/notes/" + id, alice).body());
        assertThat(stored.get("version").asLong()).isEqualTo(1);
        assertThat(stored.get("title").asText()).isEqualTo(winner);
    }
}
