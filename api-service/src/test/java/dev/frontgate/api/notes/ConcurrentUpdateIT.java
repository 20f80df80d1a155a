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

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(statuses).isEqualTo(List.of(200, 409));
        HttpResponse<String> winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        HttpResponse<String> stored = api().get("/api/notes/" + id, alice);
        assertThat(Json.parse(stored.body()).get("title")).isEqualTo(Json.parse(winner.body()).get("title"));
        assertThat(Json.parse(stored.body()).get("version").asLong()).isEqualTo(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).allSatisfy(refused ->
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json"));
    }

    @Test
    void staleVersionChangesNothing() {
        String alice = login("alice", "openid read write").accessToken();
        String id = NoteFixtures.create(api(), alice, "original", null).get("id").asText();
        assertThat(api().send("PUT", "/api/notes/" + id, alice, NoteFixtures.update("v1", 0)).statusCode())
                .isEqualTo(200);

        assertThat(api().send("PUT", "/api/notes/" + id, alice, NoteFixtures.update("stale", 0)).statusCode())
                .isEqualTo(409);
        assertThat(api().send("DELETE", "/api/notes/" + id + "?version=0", alice, null).statusCode()).isEqualTo(409);

        assertThat(Json.parse(api().get("/api/notes/" + id, alice).body()).get("title").asText()).isEqualTo("v1");
        assertThat(api().send("DELETE", "/api/notes/" + id + "?version=1", alice, null).statusCode()).isEqualTo(204);
        assertThat(api().get("/api/notes/" + id, alice).statusCode()).isEqualTo(404);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
