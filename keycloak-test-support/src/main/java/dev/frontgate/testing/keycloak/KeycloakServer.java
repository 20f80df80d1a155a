package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.opentest4j.TestAbortedException;

/**
 * The real Keycloak of this JVM: the distribution with our provider and {@code realm-config/}, on free loopback ports,
 * started on first use and stopped when the JVM ends — also when tests fail. With
 * {@code -Dfrontgate.keycloak.backend=container} it is the official image instead ({@link KeycloakContainerBackend}).
 */
public final class KeycloakServer {

    public static final String REALM = "frontgate";

    private static KeycloakServer shared;
    private static RuntimeException startFailure;

    private final String baseUrl;
    private final Path logFile;
    private final Keycloak admin;

    KeycloakServer(String baseUrl, Path logFile) {
        this.baseUrl = baseUrl;
        this.logFile = logFile;
        this.admin = KeycloakBuilder.builder().serverUrl(baseUrl).realm("master").clientId("admin-cli")
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
                shared = start();
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

    private static KeycloakServer start() {
        return switch (Settings.backend()) {
            case DISTRIBUTION -> startDistribution();
            case CONTAINER -> KeycloakContainerBackend.start();
        };
    }

    private static KeycloakServer startDistribution() {
        int httpPort = FreePorts.next();
        int managementPort = FreePorts.next();
        long started = System.nanoTime();
        try {
            KeycloakProcess process = KeycloakProcess.start(KeycloakDistribution.prepare(), httpPort, managementPort);
            Runtime.getRuntime().addShutdownHook(new Thread(process::stop, "keycloak-stop"));
            process.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"),
                    Settings.startupTimeout());
            System.out.printf("Keycloak %s ready on http://localhost:%d in %d s (log: %s)%n", Settings.KEYCLOAK_VERSION,
                    httpPort, (System.nanoTime() - started) / 1_000_000_000L, process.logFile());
            return new KeycloakServer("http://localhost:" + httpPort, process.logFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
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
