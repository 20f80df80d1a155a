package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak distribution zip resolved by Maven, unpacked once under {@code target/keycloak}, with our provider jar
 * and the realm files of {@code realm-config/} put in place before each start.
 */
final class KeycloakDistribution {

    private static final String DIST_NAME = "keycloak-" + Settings.KEYCLOAK_VERSION;
    static final String PROVIDER_FILE = "frontgate-keycloak-provider.jar";

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    static KeycloakDistribution prepare() throws IOException {
        Path workDir = ProjectLayout.workDir();
        Path home = workDir.resolve(DIST_NAME);
        Path marker = workDir.resolve(DIST_NAME + ".unpacked");
        if (!Files.exists(marker)) {
            deleteRecursively(home);
            unzip(distributionZip(), workDir);
            Files.writeString(marker, "unpacked from " + distributionZip());
        }
        KeycloakDistribution distribution = new KeycloakDistribution(home);
        distribution.installProvider();
        distribution.refreshRealmImports();
        return distribution;
    }

    Path home() {
        return home;
    }

    /** Drops the database of an earlier run, so that the first start of a test JVM imports the realms afresh. */
    void deleteDatabase() throws IOException {
        deleteRecursively(home.resolve("data").resolve("h2"));
    }

    private static Path distributionZip() {
        Path configured = Settings.path("frontgate.keycloak.dist");
        Path zip = configured != null ? configured : Path.of(System.getProperty("user.home"), ".m2", "repository",
                "org", "keycloak", "keycloak-quarkus-dist", Settings.KEYCLOAK_VERSION,
                "keycloak-quarkus-dist-" + Settings.KEYCLOAK_VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + ". Declare the test dependency"
                    + " org.keycloak:keycloak-quarkus-dist:" + Settings.KEYCLOAK_VERSION + ":zip and pass its path as"
                    + " -Dfrontgate.keycloak.dist (see keycloak-test-support/README.md).");
        }
        return zip;
    }

    /** Copies the provider only when its bytes changed: a new jar makes Keycloak re-build itself on start. */
    private void installProvider() throws IOException {
        Path target = home.resolve("providers").resolve(PROVIDER_FILE);
        byte[] wanted = providerJar();
        if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), wanted)) {
            Files.write(target, wanted);
        }
    }

    /** Our provider as the build left it: a jar, or a classes folder jarred on the fly. */
    static byte[] providerJar() throws IOException {
        Path provider = Settings.path("frontgate.keycloak.provider");
        if (provider == null) {
            provider = builtProviderJar();
        }
        if (Files.isDirectory(provider)) {
            return JarOfDirectory.bytes(provider);
        }
        if (!Files.isRegularFile(provider)) {
            throw new IllegalStateException("Frontgate provider not found at " + provider
                    + ". Build it first: mvn -pl keycloak-provider package");
        }
        return Files.readAllBytes(provider);
    }

    private static Path builtProviderJar() throws IOException {
        Path targetDir = ProjectLayout.root().resolve("keycloak-provider").resolve("target");
        try (Stream<Path> files = Files.exists(targetDir) ? Files.list(targetDir) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches("keycloak-provider-.*(?<!-sources)\\.jar"))
                    .findFirst().orElse(targetDir.resolve("keycloak-provider-<version>.jar"));
        }
    }

    /** Keycloak imports only realms it does not have; tests start on an emptied database, so all are new. */
    private void refreshRealmImports() throws IOException {
        Path importDir = home.resolve("data").resolve("import");
        deleteRecursively(importDir);
        Files.createDirectories(importDir);
        for (Path realm : ProjectLayout.realmExports()) {
            Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Lets a test run use the provider's {@code target/classes} folder when no jar was packaged. */
    private static final class JarOfDirectory {

        static byte[] bytes(Path classes) throws IOException {
            var buffer = new java.io.ByteArrayOutputStream();
            try (JarOutputStream jar = new JarOutputStream(buffer); Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    ZipEntry entry = new ZipEntry(classes.relativize(file).toString().replace('\\', '/'));
                    entry.setTime(0);
                    jar.putNextEntry(entry);
                    copy(file, jar);
                    jar.closeEntry();
                }
            }
            return buffer.toByteArray();
        }

        private static void copy(Path file, OutputStream out) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        }
    }
}
