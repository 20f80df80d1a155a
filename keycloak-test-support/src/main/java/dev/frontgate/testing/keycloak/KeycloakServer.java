package dev.frontgate.testing.keycloak;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real Keycloak of this JVM: the distribution with our provider and {@code realm-config/}, on free loopback ports,
 * started on first use and stopped when the JVM ends — also when tests fail. With
 * {@code -Dfrontgate.keycloak.backend=container} it is the official image instead ({@link KeycloakContainerBackend}),
 * with {@code -Dfrontgate.keycloak.backend=stack} the stack the launcher runs ({@link RunningStack}).
 */
public final class KeycloakServer {

    public static final String REALM = "frontgate";

    private static KeycloakServer shared;
    private static RuntimeException startFailure;

    private final String baseUrl;
    private final Path logFile;
    private final DistributionRun run;
    private volatile Keycloak admin;

    KeycloakServer(String baseUrl, Path logFile) {
        this(baseUrl, logFile, null);
    }

    private KeycloakServer(String baseUrl, Path logFile, DistributionRun run) {
        this.baseUrl = baseUrl;
        this.logFile = logFile;
        this.run = run;
        this.admin = newAdminClient(baseUrl);
    }

    private static Keycloak newAdminClient(String baseUrl) {
        return KeycloakBuilder.builder().serverUrl(baseUrl).realm("master").clientId("admin-cli")
                .username(KeycloakProcess.ADMIN_USER).password(KeycloakProcess.ADMIN_PASSWORD).build();
    }

    /** The one server of this JVM, started (and waited for) on the first call. */
    public static synchronized KeycloakServer shared() {
        if (startFailure instanceof TestAbortedException skipped) {
            throw skipped;
        }
        if (startFailure != null) {
            throw new IllegalStateException("Keycloak failed to start earlier in this run", startFailure);
        }
        if (shared == null) {
            try {
                shared = startBackend();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /** Why the chosen Keycloak cannot run on this machine, if it cannot (the container backend without Docker). */
    static Optional<String> unavailableReason() {
        return Settings.backend() == Settings.Backend.CONTAINER
                ? KeycloakContainerBackend.unavailableReason() : Optional.empty();
    }

    private static KeycloakServer startBackend() {
        return switch (Settings.backend()) {
            case DISTRIBUTION -> startDistribution();
            case CONTAINER -> KeycloakContainerBackend.start();
            case STACK -> new KeycloakServer(RunningStack.read().keycloakUrl(), null);
        };
    }

    private static KeycloakServer startDistribution() {
        try {
            DistributionRun run = DistributionRun.start(KeycloakDistribution.prepare());
            Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "keycloak-stop"));
            return new KeycloakServer("http://localhost:" + run.httpPort(), run.logFile(), run);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    /**
     * Stops Keycloak, as an outage would: its ports refuse connections until {@link #start()}. The database is kept,
     * so realms, signing keys, users and sessions are the same afterwards. Tests that stop the shared server must
     * start it again (in a {@code finally} or {@code @AfterAll}), as later tests expect it running.
     *
     * @throws UnsupportedOperationException with the container backend
     */
    public void stop() {
        restartable().stop();
    }

    /** Starts a stopped Keycloak again on the same ports and waits until it is ready; does nothing if it runs. */
    public void start() {
        if (isRunning()) {
            return;
        }
        restartable().start();
        // The old client's pooled connections died with the server.
        Keycloak stale = admin;
        admin = newAdminClient(baseUrl);
        stale.close();
    }

    /** Whether this is the launcher's running stack ({@code -Dfrontgate.keycloak.backend=stack}), not our own. */
    public static boolean isStack() {
        return Settings.isStack();
    }

    public boolean isRunning() {
        return run == null || run.isRunning();
    }

    /** Whether {@link #stop()} and {@link #start()} work here: with the distribution backend, not the container. */
    public boolean canRestart() {
        return run != null;
    }

    private DistributionRun restartable() {
        if (run == null) {
            throw new UnsupportedOperationException("Only the distribution backend can stop and start Keycloak");
        }
        return run;
    }

    /** Keycloak's own URL, as browsers and token issuers see it ({@code --hostname} is pinned to it). */
    public String baseUrl() {
        return baseUrl;
    }

    public String realm() {
        return REALM;
    }

    public String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String authorizationUrl() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    /** An admin client logged in to the master realm. */
    public Keycloak admin() {
        return admin;
    }

    /** Tokens through the real Authorization Code + PKCE flow of the public client {@code react-frontend}. */
    public PkceFlow pkce() {
        return new PkceFlow(this);
    }

    public Path logFile() {
        return logFile;
    }
}
