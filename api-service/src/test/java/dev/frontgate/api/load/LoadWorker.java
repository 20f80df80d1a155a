package dev.frontgate.api.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.Json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection's share of the mixed load: 3 in 10 requests write (create, or update the worker's latest note),
 * the rest read as alice, bob (with groups) and carol. Each worker changes only its own notes, so every write must
 * succeed; any other answer is an error.
 */
final class LoadWorker {

    private final int worker;
    private final Api api;
    private final LoadUsers users;
    private final Map<String, String> acknowledged;
    private final Queue<String> errors;
    private final AtomicLong requests;
    private final Map<String, String> unconfirmed = new HashMap<>();
    private String latestId;
    private long latestVersion;

    LoadWorker(int worker, Api api, LoadUsers users, Map<String, String> acknowledged, Queue<String> errors,
               AtomicLong requests) {
        this.worker = worker;
        this.api = api;
        this.users = users;
        this.acknowledged = acknowledged;
        this.errors = errors;
        this.requests = requests;
    }

    void runUntil(Instant deadline) {
        for (int step = 0; Instant.now().isBefore(deadline); step++) {
            try {
                request(step);
            } catch (RuntimeException e) {
                errors.add("worker " + worker + " step " + step + ": " + e);
            }
            requests.incrementAndGet();
        }
    }

    private void request(int step) {
        switch (step % 10) {
            case 0, 1 -> create("load " + worker + "-" + step, step % 4 == 0 ? "/team-a" : null);
            case 2 -> update("load " + worker + "-" + step + " (updated)");
            case 3 -> expect(200, "GET own note", api.get("/api/notes/" + latestId, users.alice()));
            case 4, 5 -> expect(200, "GET notes as alice", api.get("/api/notes?size=10", users.alice()));
            case 6 -> expect(200, "GET notes as bob", api.get("/api/notes", users.bob()));
            case 7 -> expect(200, "GET notes as carol", api.get("/api/notes", users.carol()));
            case 8 -> expect(200, "GET me", api.get("/api/me", users.bob()));
            default -> expect(200, "GET health", api.get("/health", null));
        }
    }

    private void create(String title, String group) {
        HttpResponse<String> answer = api.send("POST", "/api/notes", users.alice(), note(title, group));
        if (expect(201, "POST note", answer)) {
            JsonNode note = Json.parse(answer.body());
            remember(note);
        }
    }

    private void update(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("body", "updated under load");
        body.put("version", latestVersion);
        String attempted = title + "@" + (latestVersion + 1);
        HttpResponse<String> answer;
        try {
            answer = api.send("PUT", "/api/notes/" + latestId, users.alice(), Json.write(body));
        } catch (RuntimeException noAnswer) {
            // In flight when its replica died: it may have been stored before the answer was lost.
            unconfirmed.put(latestId, attempted);
            throw noAnswer;
        }
        if (answer.statusCode() >= 500) {
            // The balancer's 502: the replica took the request and died before answering.
            unconfirmed.put(latestId, attempted);
        }
        if (expect(200, "PUT note", answer)) {
            remember(Json.parse(answer.body()));
        }
    }

    /**
     * The updates that got no answer from their replica (the connection died with it, or the balancer answered 5xx for
     * it), by note id: each may or may not be stored, so the note holds either its acknowledged state or this one.
     */
    Map<String, String> unconfirmedUpdates() {
        return unconfirmed;
    }

    private void remember(JsonNode note) {
        latestId = note.get("id").asText();
        latestVersion = note.get("version").asLong();
        acknowledged.put(latestId, note.get("title").asText() + "@" + latestVersion);
    }

    private boolean expect(int status, String what, HttpResponse<String> answer) {
        if (answer.statusCode() == status) {
            return true;
        }
        errors.add("worker " + worker + " " + what + ": " + answer.statusCode() + " " + answer.body());
        return false;
    }

    static String note(String title, String group) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("title", title);
        note.put("body", "written under load");
        note.put("group", group);
        return Json.write(note);
    }

    static JsonNode created(HttpResponse<String> answer) {
        if (answer.statusCode() != 201) {
            throw new AssertionError("creating a note answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.parse(answer.body());
    }
}
