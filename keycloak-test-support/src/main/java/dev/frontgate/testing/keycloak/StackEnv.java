package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stack's constants from {@code frontgate.env} at the checkout's root, the one file the launcher, Compose and the
 * React app read too: the frontend client, its redirect URI, the realm and the local stack's ports and URLs.
 */
public final class StackEnv {

    private static final Map<String, String> VALUES = read(ProjectLayout.root().resolve("frontgate.env"));

    private StackEnv() {
    }

    /** A value of the file; a missing name is an error, never a silent default. */
    public static String value(String name) {
        String value = VALUES.get(name);
        if (value == null) {
            throw new IllegalStateException("frontgate.env has no " + name);
        }
        return value;
    }

    public static String realm() {
        return value("FRONTGATE_REALM");
    }

    public static String clientId() {
        return value("FRONTGATE_CLIENT_ID");
    }

    public static String redirectUri() {
        return value("FRONTGATE_REDIRECT_URI");
    }

    /** The React app's origin, e.g. {@code http://localhost:5173}. */
    public static String appUrl() {
        return value("FRONTGATE_APP_URL");
    }

    /** The issuer of the local stack's tokens: Keycloak on its default port, our realm. */
    public static String issuer() {
        return "http://localhost:" + value("FRONTGATE_KEYCLOAK_PORT") + "/realms/" + realm();
    }

    /** The api-service of the local stack on its default port. */
    public static String apiUrl() {
        return "http://localhost:" + value("FRONTGATE_API_PORT");
    }

    /** {@code NAME=value} lines; comments and blank lines skipped, as bash, Compose and Vite read the file. */
    static Map<String, String> read(Path file) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                    values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stack's constants from " + file, e);
        }
    }
}
