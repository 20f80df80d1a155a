package dev.frontgate.stack.compose;

import dev.frontgate.testing.keycloak.StackEnv;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose.yml as Compose reads it with an empty environment: {@code ${VAR:-default}} resolves to its default
 * and {@code ${VAR}} to its value in {@code .env} (frontgate.env), so the tests check the values a plain
 * {@code docker compose up} uses.
 */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{(\\w+)(?::?-([^}]*))?}");

    private final Map<String, Object> services;

    private ComposeFile(Map<String, Object> services) {
        this.services = services;
    }

    static ComposeFile read(Path file) {
        try {
            Map<String, Object> root = new Yaml().load(Files.readString(file));
            return new ComposeFile(map(root.get("services"), "services"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> service(String name) {
        return map(services.get(name), "service " + name);
    }

    List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    /** The environment of a service, in map or list form, with variables resolved. */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> resolved = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> resolved.put(key.toString(), resolve(String.valueOf(value))));
        } else if (environment instanceof List<?> entries) {
            entries.forEach(entry -> {
                String[] keyValue = entry.toString().split("=", 2);
                resolved.put(keyValue[0], resolve(keyValue.length > 1 ? keyValue[1] : ""));
            });
        }
        return resolved;
    }

    List<String> command(String service) {
        Object command = service(service).get("command");
        if (command instanceof String line) {
            return List.of(resolve(line).split("\\s+"));
        }
        return command == null ? List.of() : strings(command);
    }

    /** The value of a {@code --name=value} option of the service's command. */
    Optional<String> option(String service, String name) {
        String prefix = "--" + name + "=";
        return command(service).stream().filter(part -> part.startsWith(prefix))
                .map(part -> part.substring(prefix.length())).findFirst();
    }

    List<String> volumes(String service) {
        return strings(service(service).getOrDefault("volumes", List.of()));
    }

    List<String> ports(String service) {
        return strings(service(service).getOrDefault("ports", List.of()));
    }

    private static List<String> strings(Object list) {
        if (!(list instanceof List<?> items)) {
            throw new IllegalStateException("Expected a list in docker-compose.yml, found " + list);
        }
        return items.stream().map(item -> resolve(String.valueOf(item))).toList();
    }

    static String resolve(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else if (matcher.group(2) != null) {
                replacement = matcher.group(2);
            } else {
                replacement = StackEnv.value(matcher.group(1));
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(resolved).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException("docker-compose.yml has no " + what);
        }
        return (Map<String, Object>) value;
    }
}
