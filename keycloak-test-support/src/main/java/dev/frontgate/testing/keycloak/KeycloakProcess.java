package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code kc.sh start-dev} on loopback ports. Its H2 database lives in a file under the distribution, so
 * that a stopped Keycloak comes back with the same realms, keys and sessions; {@link DistributionRun} empties it
 * before the first start of each test JVM.
 */
final class KeycloakProcess {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";
    private static final int LOG_TAIL_LINES = 80;

    private final Process process;
    private final Path logFile;

    private KeycloakProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    static KeycloakProcess start(KeycloakDistribution distribution, int httpPort, int managementPort,
                                 boolean appendLog) throws IOException {
        Path home = distribution.home();
        Path logFile = logFile();
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command(home, httpPort, managementPort))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                        : ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return new KeycloakProcess(builder.start(), logFile);
    }

    private static List<String> command(Path home, int httpPort, int managementPort) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-file", "--import-realm", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                "--http-management-port=" + managementPort, "--health-enabled=true", "--metrics-enabled=true",
                "--hostname=http://localhost:" + httpPort));
        command.addAll(Settings.extraOptions());
        return command;
    }

    void awaitReady(URI readiness, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("Keycloak exited with code " + process.exitValue() + " before it was ready");
            }
            if (isReady(client, readiness)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw failure("Keycloak was not ready at " + readiness + " within " + timeout.toSeconds() + " s");
    }

    private static boolean isReady(HttpClient client, URI readiness) {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * Stops the launcher script and the JVM it started, and waits for both: a JVM still shutting down holds the dev
     * database's file lock, and a Keycloak started on it right after would fail. The JVM is named before the script
     * ends, since it is no longer the script's descendant afterwards.
     */
    void stop() {
        List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
        processes.add(process.toHandle());
        processes.forEach(ProcessHandle::destroy);
        CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                .orTimeout(20, TimeUnit.SECONDS).exceptionally(e -> null).join();
        processes.forEach(ProcessHandle::destroyForcibly);
    }

    /** The distribution is shared by the modules of a checkout; the log belongs to the module under test. */
    static Path logFile() {
        return Path.of("target", "keycloak.log").toAbsolutePath();
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + ". Last lines of " + logFile + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
