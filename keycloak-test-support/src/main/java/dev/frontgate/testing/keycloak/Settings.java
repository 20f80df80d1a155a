package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/** The system properties a module's test run may set (see README.md of this module). */
final class Settings {

    /** The root pom's {@code keycloak.version}, which Maven writes into {@code build.properties}. */
    static final String KEYCLOAK_VERSION = buildProperty("keycloak.version");

    private Settings() {
    }

    private static String buildProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("build.properties")) {
            properties.load(Objects.requireNonNull(in, "build.properties is missing: build with Maven"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(name);
    }

    static Path path(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? null : Path.of(value);
    }

    /**
     * Which Keycloak the tests talk to: the distribution started here, the official image through Docker, or the
     * running stack of the launcher (its {@link StackEnv}), e.g. the HA cluster behind its balancer.
     */
    enum Backend { DISTRIBUTION, CONTAINER, STACK }

    static boolean isStack() {
        return backend() == Backend.STACK;
    }

    static Backend backend() {
        String value = System.getProperty("frontgate.keycloak.backend", "").trim();
        if (value.isEmpty() || value.startsWith("${")) {
            return Backend.DISTRIBUTION;
        }
        try {
            return Backend.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-Dfrontgate.keycloak.backend must be distribution, container or stack, not '"
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
