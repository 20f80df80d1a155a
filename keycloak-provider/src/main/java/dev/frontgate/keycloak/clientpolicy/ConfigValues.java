package dev.frontgate.keycloak.clientpolicy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads executor configuration values as Keycloak hands them over: the admin console and the admin REST API send a
 * multivalued setting as a JSON array, hand-written realm exports sometimes as one space- or comma-separated string.
 * Both are accepted. Anything else (a number, an object) is malformed: it is reported to {@code problems} and read
 * as absent, so that the caller's fail-closed default applies.
 */
public final class ConfigValues {

    private ConfigValues() {
    }

    /** The non-blank words of a string or list value; empty when the value is absent or malformed. */
    public static List<String> words(String key, Object value, List<String> problems) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            return split(text);
        }
        if (value instanceof Collection<?> items && items.stream().allMatch(String.class::isInstance)) {
            List<String> words = new ArrayList<>();
            items.forEach(item -> words.addAll(split((String) item)));
            return List.copyOf(words);
        }
        problems.add("'" + key + "' must be a list of strings, not " + value);
        return List.of();
    }

    /** A single trimmed string; empty when the value is absent, blank or malformed. */
    public static Optional<String> single(String key, Object value, List<String> problems) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text.trim());
        }
        problems.add("'" + key + "' must be a string, not " + value);
        return Optional.empty();
    }

    private static List<String> split(String text) {
        return List.of(text.trim().split("[\\s,]+")).stream().filter(word -> !word.isEmpty()).toList();
    }
}
