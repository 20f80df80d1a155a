package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository's own folders from wherever a module's tests run. */
public final class ProjectLayout {

    private ProjectLayout() {
    }

    /** The checkout: {@code -Dfrontgate.project.root}, else the nearest folder above with realm-config/ and pom.xml. */
    public static Path root() {
        Path configured = Settings.path("frontgate.project.root");
        if (configured != null) {
            return configured;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("realm-config")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Frontgate checkout (a folder with realm-config/ and pom.xml)"
                + " above " + Path.of("").toAbsolutePath() + "; set -Dfrontgate.project.root");
    }

    static Path realmConfig() {
        return root().resolve("realm-config");
    }

    /** The realm exports Keycloak imports at start: every {@code *.json} of {@code realm-config/}. */
    static List<Path> realmExports() throws IOException {
        try (Stream<Path> files = Files.list(realmConfig())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static Path workDir() {
        return root().resolve("target").resolve("keycloak");
    }
}
