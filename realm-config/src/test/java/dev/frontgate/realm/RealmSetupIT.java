package dev.frontgate.realm;

import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.WithKeycloak;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static ClientRepresentation client(KeycloakServer keycloak, String clientId) {
        return keycloak.admin().realm(keycloak.realm()).clients().findByClientId(clientId).get(0);
    }
}
