package dev.frontgate.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.Pause;
import dev.frontgate.api.support.PrometheusScrape;
import dev.frontgate.testing.keycloak.FreePorts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forged signature and a write with a read-only token, seen by whoever runs the service: each moves its refusal
 * counter on the management port by exactly one, and each leaves one audit line with its reason and no part of the
 * token.
 */
@MicronautTest
class RefusalAuditIT extends KeycloakBackedTest {

    private static final String REFUSALS = "frontgate_refusals_total";

    private final int managementPort = FreePorts.next();
    private final Path auditLog = tempFile();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("endpoints.all.port", String.valueOf(managementPort));
        properties.put("frontgate.audit.log", auditLog.toString());
        return properties;
    }

    @Test
    void refusalsAreCountedByReasonAndAuditedWithoutTheToken() {
        String readOnly = login("alice", "openid read groups").accessToken();
        String forged = withBrokenSignature(readOnly);
        Map<String, String> badSignature = labels("invalid_token", "signature", "/api/me");
        Map<String, String> missingWrite = labels("insufficient_scope", "write", "/api/notes");
        PrometheusScrape before = PrometheusScrape.of(managementPort);

        HttpResponse<String> refusedToken = api().send(api().request("/api/me")
                .header("Authorization", "Bearer " + forged).header("X-Request-Id", "ops-it.forged-1"));
        HttpResponse<String> refusedWrite = api().send("POST", "/api/notes", readOnly,
                Json.write(Map.of("title", "t", "body", "b")));

        assertThat(refusedToken.statusCode()).isEqualTo(401);
        assertThat(refusedWrite.statusCode()).isEqualTo(403);
        PrometheusScrape after = PrometheusScrape.of(managementPort);
        assertThat(after.value(REFUSALS, badSignature) - before.value(REFUSALS, badSignature)).isEqualTo(1.0);
        assertThat(after.value(REFUSALS, missingWrite) - before.value(REFUSALS, missingWrite)).isEqualTo(1.0);

        String writeId = refusedWrite.headers().firstValue("X-Request-Id").orElseThrow();
        List<JsonNode> lines = auditLines(2);
        assertThat(lines).anySatisfy(line -> assertLine(line, "ops-it.forged-1", "GET", "/api/me", 401,
                "invalid_token", "signature"));
        assertThat(lines).anySatisfy(line -> assertLine(line, writeId, "POST", "/api/notes", 403,
                "insufficient_scope", "write"));
        assertThat(lines).filteredOn(line -> line.get("status").asInt() == 403)
                .allSatisfy(line -> assertThat(line.get("sub").asText()).isNotBlank());
        String audit = read(auditLog);
        assertThat(audit).doesNotContain(lastCharacters(readOnly)).doesNotContain(lastCharacters(forged));
    }

    @Test
    void theProblemBodyAndTheAnswerCarryTheRequestId() {
        HttpResponse<String> answer = api().send(api().request("/api/me").header("X-Request-Id", "trace-42"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("X-Request-Id")).contains("trace-42");
        assertThat(Json.parse(answer.body()).get("request_id").asText()).isEqualTo("trace-42");
    }

    @Test
    void metricsAreServedOnTheManagementPortOnly() {
        Map<String, String> refused = Map.of("method", "GET", "uri", "/api/me", "status", "401");
        double refusedBefore = PrometheusScrape.of(managementPort).value("http_server_requests_seconds_count", refused);

        assertThat(api().get("/api/me", null).statusCode()).isEqualTo(401);
        PrometheusScrape scrape = PrometheusScrape.of(managementPort);

        assertThat(scrape.value("http_server_requests_seconds_count", refused) - refusedBefore).isEqualTo(1.0);
        assertThat(scrape.has("frontgate_keys_degraded")).isTrue();
        assertThat(scrape.has("frontgate_jwks_fetches_total")).isTrue();
        assertThat(scrape.has("cache_gets_total")).isTrue();
        assertThat(scrape.has("hikaricp_connections_active")).isTrue();
        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
        assertThat(api().get("/prometheus", null).statusCode()).isNotEqualTo(200);
    }

    private static void assertLine(JsonNode line, String requestId, String method, String route, int status,
                                   String outcome, String reason) {
        assertThat(line.get("request_id").asText()).isEqualTo(requestId);
        assertThat(line.get("method").asText()).isEqualTo(method);
        assertThat(line.get("route").asText()).isEqualTo(route);
        assertThat(line.get("status").asInt()).isEqualTo(status);
        assertThat(line.get("outcome").asText()).isEqualTo(outcome);
        assertThat(line.get("reason").asText()).isEqualTo(reason);
        assertThat(line.get("client_address").asText()).isEqualTo("127.0.0.1");
    }

    /** The writer is asynchronous: waits (generously) until the file holds at least that many lines. */
    private List<JsonNode> auditLines(int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<JsonNode> lines = read(auditLog).lines().map(Json::parse).toList();
            if (lines.size() >= atLeast || Instant.now().isAfter(deadline)) {
                return lines;
            }
            Pause.of(Duration.ofMillis(100));
        }
    }

    private static Map<String, String> labels(String outcome, String reason, String route) {
        return Map.of("outcome", outcome, "reason", reason, "route", route);
    }

    /** Another base64url character in the middle of the signature: still canonical, no longer the signature. */
    private static String withBrokenSignature(String token) {
        int position = token.length() - 20;
        char replacement = token.charAt(position) == 'A' ? 'B' : 'A';
        return token.substring(0, position) + replacement + token.substring(position + 1);
    }

    private static String lastCharacters(String token) {
        return token.substring(token.length() - 16);
    }

    private static Path tempFile() {
        try {
            Path directory = Files.createTempDirectory("frontgate-audit");
            return directory.resolve("audit.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
