package dev.frontgate.api.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** realm-config/frontgate-realm.json, the single source of the API's scope names and descriptions. */
public final class RealmExport {

    public static final Path FILE = Path.of("..", "realm-config", "frontgate-realm.json");
    /** Keycloak's own optional scopes; they say nothing about this API. */
    private static final Set<String> KEYCLOAK_BUILT_INS = Set.of("offline_access", "address", "phone",
            "microprofile-jwt", "organization");

    private RealmExport() {
    }

    public static JsonNode realm() {
        try {
            return Json.parse(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode client(String clientId) {
        for (JsonNode client : realm().get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("realm has no client " + clientId);
    }

    /** The scopes the frontend may request for this API: its optional client scopes, minus Keycloak's own. */
    public static Set<String> apiScopes() {
        return Json.texts(client("react-frontend").get("optionalClientScopes")).stream()
                .filter(scope -> !KEYCLOAK_BUILT_INS.contains(scope))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Scope name to its description, for the API's scopes. */
    public static Map<String, String> apiScopeDescriptions() {
        Set<String> apiScopes = apiScopes();
        Map<String, String> descriptions = new TreeMap<>();
        for (JsonNode scope : realm().get("clientScopes")) {
            if (apiScopes.contains(scope.get("name").asText())) {
                descriptions.put(scope.get("name").asText(), scope.path("description").asText());
            }
        }
        return descriptions;
    }
}
