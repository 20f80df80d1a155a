package dev.frontgate.realm;

import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.WithKeycloak;
import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The imported realm as an admin sees it through the admin REST API. */
@WithKeycloak
class RealmSetupIT {

    @Test
    void frontendClientIsAPublicBrowserClient(KeycloakServer keycloak) {
        ClientRepresentation client = client(keycloak, "react-frontend");
        assertThat(client.isPublicClient()).isTrue();
        assertThat(client.isStandardFlowEnabled()).isTrue();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.isServiceAccountsEnabled()).isFalse();
        assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("dpop.bound.access.tokens", "true");
        assertThat(client.getRedirectUris()).containsExactly("http://localhost:5173/*");
        assertThat(client.getWebOrigins()).containsExactly("http://localhost:5173");
        assertThat(client.getOptionalClientScopes()).contains("read", "write", "groups");
    }

    @Test
    void apiClientExistsOnlyAsTheAudience(KeycloakServer keycloak) {
        ClientRepresentation client = client(keycloak, "api-service");
        assertThat(client.isStandardFlowEnabled()).isFalse();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.isServiceAccountsEnabled()).isFalse();
    }

    @Test
    void editorRoleIsHeldThroughGroupEditors(KeycloakServer keycloak) {
        RealmResource realm = keycloak.admin().realm(keycloak.realm());
        GroupRepresentation editors = realm.getGroupByPath("/editors");
        assertThat(realm.groups().group(editors.getId()).roles().realmLevel().listAll())
                .extracting("name").containsExactly("editor");
        assertThat(realm.groups().group(editors.getId()).members()).extracting("username").containsExactly("alice");
    }

    @Test
    void securityDefaultsAreOn(KeycloakServer keycloak) {
        RealmRepresentation realm = keycloak.admin().realm(keycloak.realm()).toRepresentation();
        assertThat(realm.getAccessTokenLifespan()).isEqualTo(300);
        assertThat(realm.getRevokeRefreshToken()).isTrue();
        assertThat(realm.isBruteForceProtected()).isTrue();
    }

    @Test
    void passwordsFollowAPolicyAndAdminChangesAreRecordedForThirtyDays(KeycloakServer keycloak) {
        RealmRepresentation realm = keycloak.admin().realm(keycloak.realm()).toRepresentation();
        assertThat(realm.getPasswordPolicy()).contains("length(8)", "notUsername", "notEmail", "passwordHistory(3)");
        assertThat(realm.isAdminEventsEnabled()).isTrue();
        assertThat(realm.getAttributes()).containsEntry("adminEventsExpiration", "2592000");
        assertThat(realm.getEventsExpiration()).isEqualTo(2592000L);
    }

    @Test
    void aPasswordShorterThanThePolicyIsRefused(KeycloakServer keycloak) {
        RealmResource realm = keycloak.admin().realm(keycloak.realm());
        String bob = realm.users().search("bob", true).get(0).getId();
        CredentialRepresentation shortPassword = new CredentialRepresentation();
        shortPassword.setType(CredentialRepresentation.PASSWORD);
        shortPassword.setValue("bob");
        shortPassword.setTemporary(false);

        assertThatThrownBy(() -> realm.users().get(bob).resetPassword(shortPassword))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void browserClientsCarryOnlyTheRolesTheyNeed(KeycloakServer keycloak) {
        for (String clientId : List.of("react-frontend", "api-docs")) {
            assertThat(client(keycloak, clientId).isFullScopeAllowed()).as("%s full scope", clientId).isFalse();
        }
    }

    @Test
    void keycloaksBuiltInAdminClientsAreOff(KeycloakServer keycloak) {
        for (String clientId : List.of("admin-cli", "security-admin-console")) {
            assertThat(client(keycloak, clientId).isEnabled()).as("%s enabled", clientId).isFalse();
        }
    }

    @Test
    void userAndAdminEventsAreKeptForThirtyDays(KeycloakServer keycloak) {
        var events = keycloak.admin().realm(keycloak.realm()).getRealmEventsConfig();
        RealmRepresentation realm = keycloak.admin().realm(keycloak.realm()).toRepresentation();
        assertThat(events.isEventsEnabled()).isTrue();
        assertThat(events.getEventsExpiration()).isEqualTo(30 * 24 * 3600L);
        assertThat(events.isAdminEventsEnabled()).isTrue();
        assertThat(events.isAdminEventsDetailsEnabled()).isTrue();
        assertThat(realm.getAttributes()).containsEntry("adminEventsExpiration", String.valueOf(30 * 24 * 3600));
    }

    private static ClientRepresentation client(KeycloakServer keycloak, String clientId) {
        return keycloak.admin().realm(keycloak.realm()).clients().findByClientId(clientId).get(0);
    }
}
