package dev.frontgate.api.docs;

import dev.frontgate.api.support.Api;
import org.yaml.snakeyaml.Yaml;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document as the running service serves it, read as plain maps (hence the unchecked casts). */
@SuppressWarnings("unchecked")
record OpenApiDocument(Map<String, Object> root) {

    static OpenApiDocument fetch(Api api) {
        HttpResponse<String> response = api.get("/openapi.yml", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new OpenApiDocument(new Yaml().load(response.body()));
    }

    /** "GET /api/notes/{id}" to its operation object. */
    Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        map(root, "paths").forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) ->
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) operation)));
        return operations;
    }

    /** An operation's security requirements; none for an open operation. */
    static List<Map<String, List<String>>> security(Map<String, Object> operation) {
        Object security = operation.get("security");
        return security == null ? List.of() : (List<Map<String, List<String>>>) security;
    }

    Map<String, Object> securityScheme(String name) {
        return map(map(map(root, "components"), "securitySchemes"), name);
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        if (!(child instanceof Map<?, ?>)) {
            throw new AssertionError("no object '" + key + "' in " + parent.keySet());
        }
        return (Map<String, Object>) child;
    }
}
