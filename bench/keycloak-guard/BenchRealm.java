
import dev.frontgate.testing.keycloak.KeycloakServer;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientPoliciesRepresentation;
import org.keycloak.representations.idm.ClientProfileRepresentation;
import org.keycloak.representations.idm.ClientProfilesRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.util.JsonSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares the comparison through keycloak-test-support's admin client: a twin of react-frontend, "bench-unguarded",
 * marked with the client attribute bench.unguarded=true; the frontgate policy skips marked clients, and a second
 * policy gives them a profile without executors. Both clients thus pass the same kind of policy evaluation, and only
 * the executors differ. {@link #restore()} puts the realm's policies back.
 */
final class BenchRealm {

    static final String GUARDED_CLIENT = "react-frontend";
    static final String UNGUARDED_CLIENT = "bench-unguarded";

    private static final String MARK = "\"[{\\\"key\\\":\\\"bench.unguarded\\\",\\\"value\\\":\\\"true\\\"}]\"";
    private static final String PUBLIC = "{\"condition\":\"client-access-type\",\"configuration\":{\"type\":[\"public\"]}}";
    private static final String POLICIES = """
            {"policies":[
             {"name":"frontgate-frontend-clients","enabled":true,"profiles":["frontgate-frontend"],"conditions":[%s,
              {"condition":"client-attributes","configuration":{"is-negative-logic":true,"attributes":%s}}]},
             {"name":"bench-unguarded","enabled":true,"profiles":["%s"],"conditions":[%s,
              {"condition":"client-attributes","configuration":{"attributes":%s}}]}]}""";
    private static final String UNGUARDED_PROFILE = "bench-no-guard";
    /** The twin's profile; -Dbench.twin-profile=frontgate-frontend gives an A/A run that shows the setup's own bias. */
    private static final String TWIN_PROFILE = System.getProperty("bench.twin-profile", UNGUARDED_PROFILE);
    private static final String TWIN = """
            {"clientId":"bench-unguarded","publicClient":true,"standardFlowEnabled":true,"directAccessGrantsEnabled":false,
             "fullScopeAllowed":false,
             "redirectUris":["http://localhost:5173/*"],"webOrigins":["http://localhost:5173"],
             "attributes":{"pkce.code.challenge.method":"S256","bench.unguarded":"true"},
             "defaultClientScopes":["basic","web-origins","acr","profile","email","roles"],
             "optionalClientScopes":["read","write","groups"]}""";

    private final RealmResource realm;
    private ClientPoliciesRepresentation originalPolicies;

    BenchRealm(KeycloakServer keycloak) {
        this.realm = keycloak.admin().realm(keycloak.realm());
    }

    void install() {
        originalPolicies = realm.clientPoliciesPoliciesResource().getPolicies(false);
        ClientProfilesRepresentation profiles = realm.clientPoliciesProfilesResource().getProfiles(false);
        if (profiles.getProfiles().stream().noneMatch(profile -> profile.getName().equals(UNGUARDED_PROFILE))) {
            ClientProfileRepresentation noGuard = new ClientProfileRepresentation();
            noGuard.setName(UNGUARDED_PROFILE);
            noGuard.setExecutors(List.of());
            List<ClientProfileRepresentation> withNoGuard = new ArrayList<>(profiles.getProfiles());
            withNoGuard.add(0, noGuard);
            profiles.setProfiles(withNoGuard);
            realm.clientPoliciesProfilesResource().updateProfiles(profiles);
        }
        if (realm.clients().findByClientId(UNGUARDED_CLIENT).isEmpty()) {
            realm.clients().create(read(TWIN, ClientRepresentation.class)).close();
        }
        realm.clientPoliciesPoliciesResource().updatePolicies(read(
                POLICIES.formatted(PUBLIC, MARK, TWIN_PROFILE, PUBLIC, MARK), ClientPoliciesRepresentation.class));
    }

    void restore() {
        if (originalPolicies != null) {
            realm.clientPoliciesPoliciesResource().updatePolicies(originalPolicies);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JsonSerialization.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
