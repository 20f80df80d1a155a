import dev.frontgate.testing.keycloak.KeycloakServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The api-service as the benches start it: against their Keycloak and a bench database. */
public final class ApiService {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiService() {
    }

    public static Map<String, String> env(KeycloakServer keycloak, String database) {
        return Map.of("FRONTGATE_ISSUER", keycloak.issuer(), "FRONTGATE_JWKS_URL", keycloak.jwksUrl(),
                "FRONTGATE_DB_URL", BenchDatabase.url(database), "FRONTGATE_DB_USER", "postgres");
    }

    /** Twenty notes, so GET /api/notes reads a full first page. */
    public static void seedNotes(String base, String token) throws Exception {
        for (int i = 0; i < 20; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/notes"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"bench " + i + "\",\"body\":\"b\"}"))
                    .build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201) {
                throw new IllegalStateException("seeding a note answered " + status);
            }
        }
    }
}
