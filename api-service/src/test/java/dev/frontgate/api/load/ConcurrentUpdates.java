package dev.frontgate.api.load;

import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.NoteFixtures;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many writers released at once, each updating the same note from version 0 with its own title. */
final class ConcurrentUpdates {

    private ConcurrentUpdates() {
    }

    static List<HttpResponse<String>> fromVersionZero(Api api, String token, String id, int writers)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(writers)) {
            List<Future<HttpResponse<String>>> updates = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String body = NoteFixtures.update("writer " + writer, 0);
                updates.add(threads.submit(() -> {
                    start.await();
                    return api.send("PUT", "/api/notes/" + id, token, body);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> update : updates) {
                answers.add(update.get());
            }
            return answers;
        }
    }
}
