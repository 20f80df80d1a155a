package dev.frontgate.testing.keycloak;

import java.nio.file.Path;
import java.time.Duration;

/** The system properties a module's test run may set (see README.md of this module). */
final class Settings {

    static final String KEYCLOAK_VERSION = "26.5.6";

    private Settings() {
    }

    static Path path(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? null : Path.of(value);
    }

    static Duration startupTimeout() {
        return Duration.ofSeconds(Long.getLong("frontgate.keycloak.startup-timeout-seconds", 240));
    }

    static String extraOptions() {
        return System.getProperty("frontgate.keycloak.options", "").trim();
    }
}
