package dev.frontgate.keycloak.it;

import java.util.List;
import java.util.function.Consumer;

import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientPoliciesRepresentation;
import org.keycloak.representations.idm.ClientPolicyRepresentation;
import org.keycloak.representations.idm.ClientProfileRepresentation;
import org.keycloak.representations.idm.ClientProfilesRepresentation;

import dev.frontgate.testing.keycloak.KeycloakServer;

/** Admin REST shortcuts for the frontgate realm, including temporary changes that undo themselves. */
public final class FrontgateRealm {

    public static final String PROFILE = "frontgate-frontend";
    public static final String POLICY = "frontgate-frontend-clients";

    private final RealmResource realm;

    public FrontgateRealm(KeycloakServer keycloak) {
        this.realm = keycloak.admin().realm(keycloak.realm());
    }

    public RealmResource resource() {
        return realm;
    }

    public ClientResource client(String clientId) {
        return realm.clients().get(realm.clients().findByClientId(clientId).get(0).getId());
    }

    public boolean hasClient(String clientId) {
        return !realm.clients().findByClientId(clientId).isEmpty();
    }

    public void deleteClientIfPresent(String clientId) {
        realm.clients().findByClientId(clientId).forEach(client -> realm.clients().get(client.getId()).remove());
    }

    /** Runs {@code action} with the frontgate profile changed by {@code change}, then restores the profile. */
    public void withProfile(Consumer<ClientProfileRepresentation> change, Runnable action) {
        ClientProfilesRepresentation original = realm.clientPoliciesProfilesResource().getProfiles(false);
        ClientProfilesRepresentation changed = realm.clientPoliciesProfilesResource().getProfiles(false);
        changed.getProfiles().stream().filter(profile -> profile.getName().equals(PROFILE)).forEach(change);
        realm.clientPoliciesProfilesResource().updateProfiles(changed);
        try {
            action.run();
        } finally {
            realm.clientPoliciesProfilesResource().updateProfiles(original);
        }
    }

    /** Runs {@code action} with the frontgate policy switched off, then switches it back on. */
    public void withPolicyDisabled(Runnable action) {
        ClientPoliciesRepresentation original = realm.clientPoliciesPoliciesResource().getPolicies(false);
        ClientPoliciesRepresentation changed = realm.clientPoliciesPoliciesResource().getPolicies(false);
        List<ClientPolicyRepresentation> policies = changed.getPolicies();
        policies.stream().filter(policy -> policy.getName().equals(POLICY)).forEach(policy -> policy.setEnabled(false));
        realm.clientPoliciesPoliciesResource().updatePolicies(changed);
        try {
            action.run();
        } finally {
            realm.clientPoliciesPoliciesResource().updatePolicies(original);
        }
    }
}
