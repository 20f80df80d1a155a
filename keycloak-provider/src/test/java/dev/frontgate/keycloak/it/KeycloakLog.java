package dev.frontgate.keycloak.it;

import dev.frontgate.testing.keycloak.KeycloakServer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keycloak's log from a given moment on; reading from a remembered offset keeps earlier lines out.
 */
public final class KeycloakLog {

    private final Path file;
    private final long start;

    private KeycloakLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    /** Starts reading at the current end of the log. */
    public static KeycloakLog fromNow(KeycloakServer keycloak) {
        Path file = keycloak.logFile();
        try {
            return new KeycloakLog(file, Files.exists(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the line shows up; Keycloak may flush a moment after answering, so wait up to five seconds. */
    public boolean shows(String line) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (sinceStart().contains(line)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private String sinceStart() {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, log.length() - start)];
            log.seek(start);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
