package dev.frontgate.stack.compose;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml agrees with the realm export, the provider build and the api-service's application.yml. */
class ComposeWiringTest {

    private static final String KEYCLOAK = "keycloak";
    private static final String API = "api-service";
    private static final String POSTGRES = "postgres";

    // Read once for the class: every test looks at the same files.
    private static final ComposeFile compose = Checkout.compose();
    private static final JsonNode realm = Checkout.frontgateRealm();
    private static final Map<String, String> api = compose.environment(API);

    @Test
    void apiServiceExpectsTheIssuerKeycloakWritesIntoEveryToken() {
        String hostname = compose.option(KEYCLOAK, "hostname").orElseThrow();
        assertThat(api.get("FRONTGATE_ISSUER")).isEqualTo(hostname + "/realms/" + realm.get("realm").asText());
        // The browser reaches that URL only if Keycloak is published on the hostname's port.
        URI browserUrl = URI.create(hostname);
        assertThat(browserUrl.getHost()).isEqualTo("localhost");
        assertThat(compose.ports(KEYCLOAK)).contains("127.0.0.1:" + browserUrl.getPort() + ":" + keycloakHttpPort());
    }

    @Test
    void apiServiceFetchesTheSigningKeysInsideTheNetwork() {
        assertThat(api.get("FRONTGATE_JWKS_URL")).isEqualTo("http://" + KEYCLOAK + ":" + keycloakHttpPort()
                + "/realms/" + realm.get("realm").asText() + "/protocol/openid-connect/certs");
        assertThat(compose.option(KEYCLOAK, "hostname-backchannel-dynamic")).contains("true");
    }

    @Test
    void audienceIsTheClientThatTheReadAndWriteScopesAddToTokens() {
        String audience = api.getOrDefault("FRONTGATE_AUDIENCE", "api-service");
        assertThat(clientIds()).contains(audience);
        for (String scope : List.of("read", "write")) {
            assertThat(audienceMappersOf(scope)).as("audience added by scope %s", scope).containsExactly(audience);
        }
    }

    /** The browser clients may call the API: from the CORS origins, or (the docs UI) from the API's own origin. */
    @Test
    void allowedClientsAreTheRealmsPublicBrowserClients() {
        List<String> allowed = List.of(api.getOrDefault("FRONTGATE_ALLOWED_CLIENTS", "react-frontend").split(","));
        List<String> corsOrigins = List.of(api.get("FRONTGATE_CORS_ORIGINS").split(","));
        Set<String> webOrigins = new HashSet<>();
        for (String clientId : allowed) {
            JsonNode client = client(clientId.trim());
            assertThat(client.path("publicClient").asBoolean()).as("%s is public", clientId).isTrue();
            webOrigins.addAll(textsOf(client.path("webOrigins")));
        }
        assertThat(webOrigins).containsAll(corsOrigins);
    }

    @Test
    void keycloakLoadsTheProviderJarThatTheBuildProduces() {
        String built = "./keycloak-provider/target/" + Checkout.builtJarName("keycloak-provider");
        assertThat(compose.volumes(KEYCLOAK))
                .anySatisfy(volume -> assertThat(volume).startsWith(built + ":/opt/keycloak/providers/"));
    }

    @Test
    void keycloakImportsTheRealmExportOfRealmConfig() {
        String volume = compose.volumes(KEYCLOAK).stream().filter(v -> v.contains(":/opt/keycloak/data/import/"))
                .findFirst().orElseThrow(() -> new AssertionError("no volume into /opt/keycloak/data/import/"));
        Path source = Checkout.root().resolve(volume.split(":")[0]).normalize();
        assertThat(source).startsWith(Checkout.root().resolve("realm-config")).isRegularFile();
        assertThat(Checkout.realm(source).get("realm").asText()).isEqualTo("frontgate");
        assertThat(compose.command(KEYCLOAK)).contains("--import-realm");
    }

    @Test
    void apiServiceGetsOnlyEnvironmentThatApplicationYmlReads() {
        Path applicationYml = Checkout.root().resolve("api-service/src/main/resources/application.yml");
        assertThat(Checkout.environmentReadBy(applicationYml))
                .containsAll(api.keySet())
                .contains("FRONTGATE_ISSUER", "FRONTGATE_JWKS_URL", "FRONTGATE_DB_URL", "FRONTGATE_DB_USER",
                        "FRONTGATE_DB_PASSWORD");
        assertThat(api).containsKeys("FRONTGATE_ISSUER", "FRONTGATE_JWKS_URL", "FRONTGATE_DB_URL",
                "FRONTGATE_DB_USER", "FRONTGATE_DB_PASSWORD");
        assertThat(compose.ports(API)).contains("127.0.0.1:8280:" + api.get("MICRONAUT_SERVER_PORT"));
    }

    @Test
    void keycloakAndApiServiceUseTheDatabasesPostgresCreatesForThem() {
        Map<String, String> postgres = compose.environment(POSTGRES);
        Map<String, String> keycloak = compose.environment(KEYCLOAK);
        assertThat(keycloak.get("KC_DB_URL")).isEqualTo(jdbcUrl(postgres.get("KEYCLOAK_DB_NAME")));
        assertThat(keycloak.get("KC_DB_USERNAME")).isEqualTo(postgres.get("KEYCLOAK_DB_USER"));
        assertThat(keycloak.get("KC_DB_PASSWORD")).isEqualTo(postgres.get("KEYCLOAK_DB_PASSWORD"));
        assertThat(compose.option(KEYCLOAK, "db")).contains("postgres");
        assertThat(api.get("FRONTGATE_DB_URL")).isEqualTo(jdbcUrl(postgres.get("API_DB_NAME")));
        assertThat(api.get("FRONTGATE_DB_USER")).isEqualTo(postgres.get("API_DB_USER"));
        assertThat(api.get("FRONTGATE_DB_PASSWORD")).isEqualTo(postgres.get("API_DB_PASSWORD"));
        String initScript = compose.volumes(POSTGRES).stream().filter(v -> v.contains("/docker-entrypoint-initdb.d/"))
                .findFirst().orElseThrow().split(":")[0];
        assertThat(Checkout.root().resolve(initScript)).isRegularFile().isExecutable();
    }

    @Test
    void apiServiceImageIsBuiltFromTheServicesShadedJar() throws Exception {
        Path dockerfile = Checkout.root().resolve(((Map<?, ?>) compose.service(API).get("build")).get("context")
                .toString()).resolve("Dockerfile");
        assertThat(Files.readString(dockerfile))
                .containsPattern("(?m)^COPY target/" + Checkout.artifactId("api-service") + "-\\*\\.jar ")
                .containsPattern("(?m)^USER (?!root)\\w+");
    }

    private int keycloakHttpPort() {
        return compose.option(KEYCLOAK, "http-port").map(Integer::parseInt).orElse(8080);
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + POSTGRES + ":5432/" + database;
    }

    private List<String> clientIds() {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .map(client -> client.path("clientId").asText()).toList();
    }

    private JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asText().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("realm has no client " + clientId));
    }

    private List<String> audienceMappersOf(String scope) {
        return StreamSupport.stream(realm.path("clientScopes").spliterator(), false)
                .filter(s -> s.path("name").asText().equals(scope))
                .flatMap(s -> StreamSupport.stream(s.path("protocolMappers").spliterator(), false))
                .map(mapper -> mapper.path("config").path("included.client.audience").asText(""))
                .filter(audience -> !audience.isEmpty()).toList();
    }

    private static List<String> textsOf(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
