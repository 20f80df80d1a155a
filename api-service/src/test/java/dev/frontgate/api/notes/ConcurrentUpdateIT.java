package dev.frontgate.api.notes;

import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ConcurrentUpdateIT extends KeycloakBackedTest {

    @Test
    void ofTwoUpdatesFromTheSameVersionExactlyOneWins() {
        String alice = login("alice", "openid read write").accessToken();
        String id = NoteFixtures.create(api(), alice, "original", null).get("id").asText();
        CountDownLatch start = new CountDownLatch(1);

        List<HttpResponse<String>> responses;
        try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<HttpResponse<String>>> updates = new ArrayList<>();
            for (String title : List.of("first writer", "second writer")) {
                updates.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return api().send("PUT", "/api/notes/" + id, alice, NoteFixtures.update(title, 0));
                }, writers));
            }
            start.countDown();
            responses = updates.stream().map(CompletableFuture::join).toList();
        }

        List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), statuses);
        HttpResponse<String> winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        HttpResponse<String> stored = api().get("/api/notes/" + id, alice);
        assertEquals(Json.parse(winner.body()).get("title"), Json.parse(stored.body()).get("title"));
        assertEquals(1, Json.parse(stored.body()).get("version").asLong());
        assertTrue(responses.stream().filter(r -> r.statusCode() == 409)
                .allMatch(r -> r.headers().firstValue("Content-Type").orElseThrow().equals("application/problem+json")));
    }

    @Test
    void staleVersionChangesNothing() {
        String alice = login("alice", "openid read write").accessToken();
        String id = NoteFixtures.create(api(), alice, "original", null).get("id").asText();
        assertEquals(200, api().send("PUT", "/api/notes/" + id, alice, NoteFixtures.update("v1", 0)).statusCode());

        assertEquals(409, api().send("PUT", "/api/notes/" + id, alice, NoteFixtures.update("stale", 0)).statusCode());
        assertEquals(409, api().send("DELETE", "/api/notes/" + id + "?version=0", alice, null).statusCode());

        assertEquals("v1", Json.parse(api().get("/api/notes/" + id, alice).body()).get("title").asText());
        assertEquals(204, api().send("DELETE", "/api/notes/" + id + "?version=1", alice, null).statusCode());
        assertEquals(404, api().get("/api/notes/" + id, alice).statusCode());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
