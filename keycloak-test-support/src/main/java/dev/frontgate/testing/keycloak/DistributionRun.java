package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/** The distribution Keycloak of this JVM on its two loopback ports, which tests may stop and start again. */
final class DistributionRun {

    private final KeycloakDistribution distribution;
    private final int httpPort;
    private final int managementPort;
    private KeycloakProcess process;

    private DistributionRun(KeycloakDistribution distribution, int httpPort, int managementPort) {
        this.distribution = distribution;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** The first start of this JVM: a fresh database, the realms of {@code realm-config/} imported. */
    static DistributionRun start(KeycloakDistribution distribution) throws IOException {
        distribution.deleteDatabase();
        DistributionRun run = new DistributionRun(distribution, FreePorts.next(), FreePorts.next());
        run.launch(false);
        return run;
    }

    synchronized void start() {
        if (process == null) {
            launch(true);
        }
    }

    synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    synchronized boolean isRunning() {
        return process != null;
    }

    int httpPort() {
        return httpPort;
    }

    Path logFile() {
        return KeycloakProcess.logFile();
    }

    private void launch(boolean appendLog) {
        long started = System.nanoTime();
        try {
            process = KeycloakProcess.start(distribution, httpPort, managementPort, appendLog);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
        try {
            process.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"),
                    Settings.startupTimeout());
        } catch (RuntimeException e) {
            process = null;
            throw e;
        }
        System.out.printf("Keycloak %s ready on http://localhost:%d in %d s (log: %s)%n", Settings.KEYCLOAK_VERSION,
                httpPort, (System.nanoTime() - started) / 1_000_000_000L, logFile());
    }
}
