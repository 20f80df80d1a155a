package dev.frontgate.testing.keycloak;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.MountableFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The same Keycloak version in its official image, through testcontainers-keycloak: our provider jar, the realms of
 * {@code realm-config/} and the same admin user. Where Docker is absent the tests are reported as skipped, not failed.
 * The hostname is not pinned: tokens carry the issuer of {@link KeycloakServer#baseUrl()}, the URL every test uses.
 */
final class KeycloakContainerBackend {

    static final String IMAGE = "quay.io/keycloak/keycloak:" + Settings.KEYCLOAK_VERSION;
    static final String NO_DOCKER = "Docker is not available, so the KeycloakContainer variant of these tests is"
            + " skipped (-Dfrontgate.keycloak.backend=container needs a Docker engine)";
    private static final String IMPORT_DIR = "/opt/keycloak/data/import/";
    private static Boolean dockerAvailable;

    private KeycloakContainerBackend() {
    }

    /** Asks Docker once per JVM: JUnit evaluates the question for every test class. */
    static synchronized Optional<String> unavailableReason() {
        if (dockerAvailable == null) {
            dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
        }
        return dockerAvailable ? Optional.empty() : Optional.of(NO_DOCKER);
    }

    static KeycloakServer start() {
        unavailableReason().ifPresent(reason -> {
            throw new TestAbortedException(reason);
        });
        try {
            Path workDir = Files.createDirectories(ProjectLayout.workDir().resolve("container"));
            Path provider = Files.write(workDir.resolve(KeycloakDistribution.PROVIDER_FILE),
                    KeycloakDistribution.providerJar());
            Path logFile = workDir.resolve("keycloak.log");
            Files.deleteIfExists(logFile);
            KeycloakContainer container = new KeycloakContainer(IMAGE)
                    .withAdminUsername(KeycloakProcess.ADMIN_USER)
                    .withAdminPassword(KeycloakProcess.ADMIN_PASSWORD)
                    .withProviderLibsFrom(List.of(provider.toFile()))
                    .withEnabledMetrics()
                    .withStartupTimeout(Settings.startupTimeout())
                    .withLogConsumer(frame -> append(logFile, frame.getUtf8String()));
            for (Path realm : ProjectLayout.realmExports()) {
                container.withCopyFileToContainer(MountableFile.forHostPath(realm, 0644),
                        IMPORT_DIR + realm.getFileName());
            }
            Settings.extraOptions().forEach(container::withCustomCommand);
            long started = System.nanoTime();
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "keycloak-container-stop"));
            System.out.printf("Keycloak container %s ready on %s in %d s (log: %s)%n", IMAGE,
                    container.getAuthServerUrl(), (System.nanoTime() - started) / 1_000_000_000L, logFile);
            return new KeycloakServer(container.getAuthServerUrl(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Keycloak container", e);
        }
    }

    private static void append(Path logFile, String line) {
        try {
            Files.writeString(logFile, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
