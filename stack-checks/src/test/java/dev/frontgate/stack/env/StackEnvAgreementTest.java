package dev.frontgate.stack.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontgate.testing.keycloak.ProjectLayout;
import dev.frontgate.testing.keycloak.StackEnv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * frontgate.env is the one source of the stack's constants. The launcher, Compose, the React app and the tests read
 * it; the realm export and application.yml cannot, so this test keeps them equal to it.
 */
class StackEnvAgreementTest {

    private static final Path ROOT = ProjectLayout.root();

    @Test
    void composeReadsFrontgateEnvAsItsDotEnv() throws IOException {
        Path dotEnv = ROOT.resolve(".env");
        assertThat(dotEnv).isSymbolicLink();
        assertThat(Files.readSymbolicLink(dotEnv)).isEqualTo(Path.of("frontgate.env"));
    }

    @Test
    void realmExportHasTheFrontendClientOfTheEnvFile() throws IOException {
        JsonNode realm = realmExport();
        assertThat(realm.get("realm").asText()).isEqualTo(StackEnv.realm());
        JsonNode frontend = client(realm, StackEnv.clientId());
        assertThat(frontend.get("publicClient").asBoolean()).isTrue();
        assertThat(texts(frontend.get("redirectUris"))).containsExactly(StackEnv.appUrl() + "/*");
        assertThat(texts(frontend.get("webOrigins"))).containsExactly(StackEnv.appUrl());
        assertThat(StackEnv.redirectUri()).startsWith(StackEnv.appUrl() + "/");
    }

    @Test
    void apiDocsClientRedirectsToTheApiOfTheEnvFile() throws IOException {
        JsonNode docs = client(realmExport(), "api-docs");
        assertThat(texts(docs.get("redirectUris")))
                .allSatisfy(uri -> assertThat(uri).startsWith(StackEnv.apiUrl() + "/"));
        assertThat(texts(docs.get("webOrigins"))).containsExactly(StackEnv.apiUrl());
    }

    @Test
    void applicationYmlDefaultsAreTheLocalStackOfTheEnvFile() throws IOException {
        String yml = Files.readString(ROOT.resolve("api-service/src/main/resources/application.yml"));
        assertThat(defaultOf(yml, "FRONTGATE_ISSUER")).isEqualTo(StackEnv.issuer());
        assertThat(defaultOf(yml, "MICRONAUT_SERVER_PORT")).isEqualTo(StackEnv.value("FRONTGATE_API_PORT"));
        assertThat(defaultOf(yml, "FRONTGATE_CORS_ORIGINS")).isEqualTo(StackEnv.appUrl());
        assertThat(defaultOf(yml, "FRONTGATE_ALLOWED_CLIENTS").split(",")).contains(StackEnv.clientId());
    }

    /** The default of {@code ${NAME:default}} or {@code ${NAME:`default`}}. */
    private static String defaultOf(String yml, String name) {
        Matcher matcher = Pattern.compile("\\$\\{" + name + ":`?([^`}]*)`?}").matcher(yml);
        assertThat(matcher.find()).as("application.yml reads %s with a default", name).isTrue();
        return matcher.group(1);
    }

    private static JsonNode realmExport() throws IOException {
        return new ObjectMapper().readTree(ROOT.resolve("realm-config/frontgate-realm.json").toFile());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.get("clients").spliterator(), false)
                .filter(client -> client.get("clientId").asText().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("the realm export has no client " + clientId));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
