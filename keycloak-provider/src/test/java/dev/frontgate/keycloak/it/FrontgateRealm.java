package dev.frontgate.keycloak.it;

import dev.frontgate.testing.keycloak.KeycloakServer;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientProfileRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

    /** A new frontend client that keeps every rule of the guard; the realm's default client scopes are allowed. */
    public static ClientRepresentation compliantSpa(String clientId) {
        ClientRepresentation spa = new ClientRepresentation();
        spa.setClientId(clientId);
        spa.setPublicClient(true);
        spa.setStandardFlowEnabled(true);
        spa.setImplicitFlowEnabled(false);
        spa.setDirectAccessGrantsEnabled(false);
        spa.setFullScopeAllowed(false);
        spa.setRedirectUris(List.of("https://spa.example.com/callback", "http://localhost:5174/*"));
        spa.setWebOrigins(List.of("https://spa.example.com", "http://localhost:5174"));
        spa.setAttributes(Map.of("pkce.code.challenge.method", "S256", "dpop.bound.access.tokens", "true"));
        return spa;
    }

    public void deleteClientIfPresent(String clientId) {
        realm.clients().findByClientId(clientId).forEach(client -> realm.clients().get(client.getId()).remove());
    }

    /** Runs {@code action} with the frontgate profile changed by {@code change}, then restores the profile. */
    public void withProfile(Consumer<ClientProfileRepresentation> change, Runnable action) {
        var profiles = realm.clientPoliciesProfilesResource();
        withTemporary(() -> profiles.getProfiles(false),
                changed -> changed.getProfiles().stream().filter(p -> p.getName().equals(PROFILE)).forEach(change),
                profiles::updateProfiles, action);
    }

    /** Runs {@code action} with the frontgate policy switched off, then switches it back on. */
    public void withPolicyDisabled(Runnable action) {
        var policies = realm.clientPoliciesPoliciesResource();
        withTemporary(() -> policies.getPolicies(false),
                changed -> changed.getPolicies().stream().filter(p -> p.getName().equals(POLICY))
                        .forEach(policy -> policy.setEnabled(false)),
                policies::updatePolicies, action);
    }

    /** Saves a changed copy of a realm setting, runs {@code action}, and saves the original back whatever happens. */
    private static <T> void withTemporary(Supplier<T> read, Consumer<T> change, Consumer<T> save, Runnable action) {
        T original = read.get();
        T changed = read.get();
        change.accept(changed);
        save.accept(changed);
        try {
            action.run();
        } finally {
            save.accept(original);
        }
    }
}
