package dev.frontgate.api.support;

import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.PkceFlow;
import dev.frontgate.testing.keycloak.Tokens;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.UUID;

/**
 * A user of the test realm in a subgroup made for the test (and in {@code /editors}, so that they may get
 * {@code write}); {@link #remove()} deletes both, leaving the realm as the export made it.
 */
public final class NestedGroupMember {

    private final KeycloakServer keycloak;
    private final RealmResource realm;
    private final String username;
    private final String password = "Nested-" + UUID.randomUUID();
    private String userId;
    private String groupId;

    private NestedGroupMember(KeycloakServer keycloak, String username) {
        this.keycloak = keycloak;
        this.realm = keycloak.admin().realm(keycloak.realm());
        this.username = username;
    }

    /** Creates group {@code parentPath/groupName} and a user in it. */
    public static NestedGroupMember create(KeycloakServer keycloak, String username, String parentPath,
                                           String groupName) {
        NestedGroupMember member = new NestedGroupMember(keycloak, username);
        member.groupId = member.subgroup(parentPath, groupName);
        member.userId = member.user();
        member.realm.users().get(member.userId).joinGroup(member.groupId);
        member.realm.users().get(member.userId).joinGroup(member.realm.getGroupByPath("/editors").getId());
        return member;
    }

    public Tokens login(String scope) {
        return keycloak.pkce().login(PkceFlow.FRONTEND_CLIENT, PkceFlow.FRONTEND_REDIRECT, username, password, scope);
    }

    public void remove() {
        if (userId != null) {
            realm.users().get(userId).remove();
        }
        if (groupId != null) {
            realm.groups().group(groupId).remove();
        }
    }

    private String subgroup(String parentPath, String groupName) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(groupName);
        try (Response response = realm.groups().group(realm.getGroupByPath(parentPath).getId()).subGroup(group)) {
            return createdId(response, "group " + parentPath + "/" + groupName);
        }
    }

    private String user() {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setFirstName(username);
        user.setLastName("Nested");
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Response response = realm.users().create(user)) {
            return createdId(response, "user " + username);
        }
    }

    private static String createdId(Response response, String what) {
        if (response.getStatus() != 201) {
            throw new IllegalStateException("creating " + what + " answered " + response.getStatus());
        }
        String path = response.getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
