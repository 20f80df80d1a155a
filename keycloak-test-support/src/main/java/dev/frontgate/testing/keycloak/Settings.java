package dev.frontgate.testing.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The system properties a module's test run may set (see README.md of this module). */
final class Settings {

    static final String KEYCLOAK_VERSION = "26.5.6";

    private Settings() {
    }

    static Path path(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? null : Path.of(value);
    }

    /** Which Keycloak the tests talk to: the distribution started here, or the official image through Docker. */
    enum Backend { DISTRIBUTION, CONTAINER }

    static Backend backend() {
        String value = System.getProperty("frontgate.keycloak.backend", "").trim();
        if (value.isEmpty() || value.startsWith("${")) {
            return Backend.DISTRIBUTION;
        }
        try {
            return Backend.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-Dfrontgate.keycloak.backend must be distribution or container, not '"
                    + value + "'", e);
        }
    }

    static Duration startupTimeout() {
        return Duration.ofSeconds(Long.getLong("frontgate.keycloak.startup-timeout-seconds", 240));
    }

    static List<String> extraOptions() {
        String options = System.getProperty("frontgate.keycloak.options", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }
}
