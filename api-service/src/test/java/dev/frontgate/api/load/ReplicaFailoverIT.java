package dev.frontgate.api.load;

import dev.frontgate.api.ha.HaStack;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MixedLoadIT}'s minute of mixed load through HAProxy on the HA stack, with one API replica killed (SIGKILL) a
 * quarter into it and started again at once: only requests in flight on the killed replica may fail (counted, at most
 * 0.5 %), every acknowledged write is in the database, and the restarted replica serves again.
 */
@MicronautTest
@EnabledIfSystemProperty(named = "frontgate.ha", matches = "true")
class ReplicaFailoverIT extends KeycloakBackedTest {

    private final HaStack stack = new HaStack();

    @Test
    void minuteOfLoadLosesOnlyTheKilledReplicasRequestsInFlightAndNoAcknowledgedWrite() throws Exception {
        LoadUsers users = new LoadUsers(login("alice", "openid read write groups").accessToken(),
                login("bob", "openid read groups").accessToken(), login("carol", "openid read").accessToken());
        Api api = api();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong requests = new AtomicLong();
        Instant deadline = Instant.now().plus(MixedLoadIT.DURATION);

        List<LoadWorker> loads = new ArrayList<>();
        CompletableFuture<Void> rejoined;
        try (ExecutorService connections = Executors.newFixedThreadPool(MixedLoadIT.CONNECTIONS)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < MixedLoadIT.CONNECTIONS; worker++) {
                LoadWorker load = new LoadWorker(worker, api, users, acknowledged, failures, requests);
                loads.add(load);
                workers.add(connections.submit(() -> load.runUntil(deadline)));
            }
            Thread.sleep(MixedLoadIT.DURATION.dividedBy(4));
            stack.launcher("kill", "api-1");
            rejoined = CompletableFuture.runAsync(() -> stack.launcher("start", "api-1"));
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        rejoined.join();

        double failedShare = (double) failures.size() / requests.get();
        System.out.printf("failover load: %d requests in %d s on %d connections through HAProxy, %d notes written,"
                        + " %d failed (%.3f %%) around the kill of api-1; first failures: %s%n", requests.get(),
                MixedLoadIT.DURATION.toSeconds(), MixedLoadIT.CONNECTIONS, acknowledged.size(), failures.size(),
                100 * failedShare, failures.stream().limit(5).toList());
        assertThat(failedShare).isLessThanOrEqualTo(0.005);
        Map<String, String> stored = TestDatabase.titleAndVersionById();
        assertThat(acknowledged).isNotEmpty();
        Map<String, String> unconfirmed = new HashMap<>();
        loads.forEach(load -> unconfirmed.putAll(load.unconfirmedUpdates()));
        assertThat(acknowledged.entrySet()).allSatisfy(note -> assertThat(stored.get(note.getKey()))
                .as("note " + note.getKey() + " (an update in flight on api-1 may have been stored: "
                        + unconfirmed.get(note.getKey()) + ")")
                .isIn(note.getValue(), unconfirmed.getOrDefault(note.getKey(), note.getValue())));
        assertThat(stack.nodesServing(api, "/health", "api-1")).as("the restarted replica serves again").contains("api-1");
    }
}
