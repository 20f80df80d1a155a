package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A running stack as the launcher describes it in {@code .frontgate/stack.env} ({@code -Dfrontgate.stack.env}, else
 * the checkout's): where Keycloak and the API answer, and for the HA stack ({@code ./frontgate up --ha}) the direct
 * URLs of its nodes. Tests of the {@code stack} backend talk to it instead of starting a Keycloak of their own.
 */
public record RunningStack(Path file, Map<String, String> values) {

    public static RunningStack read() {
        Path configured = Settings.path("frontgate.stack.env");
        Path file = configured != null ? configured : ProjectLayout.root().resolve(".frontgate").resolve("stack.env");
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1).replace("\"", ""));
                }
            }
            return new RunningStack(file, values);
        } catch (IOException e) {
            throw new UncheckedIOException("No running stack described at " + file + " (./frontgate up [--ha])", e);
        }
    }

    public String value(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " has no " + name);
        }
        return value;
    }

    public String keycloakUrl() {
        return value("FRONTGATE_KEYCLOAK_URL");
    }

    public String apiUrl() {
        return value("FRONTGATE_API_URL");
    }

    public List<String> keycloakNodes() {
        return Arrays.asList(value("FRONTGATE_KEYCLOAK_NODES").split(" "));
    }

    public List<String> apiNodes() {
        return Arrays.asList(value("FRONTGATE_API_NODES").split(" "));
    }
}
