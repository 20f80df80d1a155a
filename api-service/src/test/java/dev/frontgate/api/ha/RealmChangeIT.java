package dev.frontgate.api.ha;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.NoteFixtures;
import dev.frontgate.testing.keycloak.ProjectLayout;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed realm export applied to the running production-mode cluster ({@code ./frontgate apply-realm}): the
 * change arrives (a scope description, a new demo user) and what was created at runtime stays — a user created
 * through the admin API, a signed-in session, the notes.
 */
@MicronautTest
@EnabledIfSystemProperty(named = "frontgate.ha", matches = "true")
class RealmChangeIT extends KeycloakBackedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HaStack stack = new HaStack();

    @Test
    void changedExportIsAppliedWhileRuntimeUsersSessionsAndNotesSurvive(@TempDir Path changed) throws Exception {
        String runtimeUser = "runtime-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(runtimeUser);
        TokenRefresh session = new TokenRefresh(keycloak.pkce().login("bob", "openid read groups"));
        String alice = keycloak.pkce().login("alice", "openid read write groups").accessToken();
        String noteId = NoteFixtures.create(api(), alice, "written before the realm change", "/team-a").get("id").asText();
        String description = "Read your notes (changed " + runtimeUser + ")";
        writeChangedExport(changed, description);

        try {
            stack.launcher(Map.of("FRONTGATE_REALM_CONFIG", changed.toString()), "apply-realm");
            assertThat(keycloak.admin().realm(keycloak.realm()).clientScopes().findAll())
                    .filteredOn(scope -> scope.getName().equals("read"))
                    .singleElement().extracting("description").isEqualTo(description);
        } finally {
            stack.launcher("apply-realm");
        }
        assertThat(keycloak.pkce().login("dave", "openid read").accessToken()).as("the new demo user").isNotBlank();
        assertThat(keycloak.pkce().login("react-frontend", "http://localhost:5173/callback", runtimeUser,
                runtimeUser + "-pass", "openid read").accessToken()).as("the runtime user").isNotBlank();
        assertThat(session.at(keycloak.baseUrl()).statusCode()).as("the session refreshes").isEqualTo(200);
        JsonNode note = Json.parse(api().get("/api/notes/" + noteId, alice).body());
        assertThat(note.get("title").asText()).isEqualTo("written before the realm change");
    }

    private void createUser(String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setFirstName("Runtime");
        user.setLastName("User");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(username + "-pass");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = keycloak.admin().realm(keycloak.realm()).users().create(user)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
    }

    private static void writeChangedExport(Path folder, String readDescription) throws Exception {
        Path source = ProjectLayout.root().resolve("realm-config/frontgate-realm.json");
        ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(source));
        for (JsonNode scope : realm.get("clientScopes")) {
            if (scope.get("name").asText().equals("read")) {
                ((ObjectNode) scope).put("description", readDescription);
            }
        }
        ObjectNode dave = ((ArrayNode) realm.get("users")).addObject();
        dave.put("username", "dave").put("enabled", true).put("email", "dave@example.com").put("emailVerified", true)
                .put("firstName", "Dave").put("lastName", "Doe");
        dave.putArray("realmRoles").add("default-roles-frontgate");
        dave.putArray("groups").add("/team-b");
        dave.putArray("credentials").addObject().put("type", "password").put("value", "dave-demo")
                .put("temporary", false);
        Files.writeString(folder.resolve("frontgate-realm.json"), JSON.writeValueAsString(realm));
    }
}
