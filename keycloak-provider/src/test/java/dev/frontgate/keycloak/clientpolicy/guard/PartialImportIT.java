package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealm;
import dev.frontgate.keycloak.it.FrontgateRealmTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's partial import fires no client-policy event; the guard sees the imported client as saved and refuses
 * the whole import, so nothing of it stays.
 */
class PartialImportIT extends FrontgateRealmTest {

    private static final String SPA = "it-imported-spa";

    @AfterEach
    void removeImportedClient() {
        realm.deleteClientIfPresent(SPA);
    }

    @Test
    void theAttackersImportIsRefusedAndNothingIsCreated() {
        ClientRepresentation spa = new ClientRepresentation();
        spa.setClientId(SPA);
        spa.setPublicClient(true);
        spa.setImplicitFlowEnabled(true);
        spa.setDirectAccessGrantsEnabled(true);
        spa.setRedirectUris(List.of("*"));
        spa.setWebOrigins(List.of("*"));
        RealmRepresentation before = realm.resource().partialExport(false, false);

        AdminRefusal refusal = AdminRefusal.of(realm.resource().partialImport(imported(spa)));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("invalid_client_metadata").contains("Frontend client guard, rule '");
        assertThat(realm.hasClient(SPA)).isFalse();
        assertThat(realm.resource().partialExport(false, false).getClients()).usingRecursiveComparison()
                .ignoringCollectionOrder().isEqualTo(before.getClients());
    }

    @Test
    void anImportOverwritingTheFrontendClientIsRefusedAndTheClientIsUnchanged() {
        ClientRepresentation before = realm.client("react-frontend").toRepresentation();
        ClientRepresentation overwrite = realm.client("react-frontend").toRepresentation();
        overwrite.setId(null);
        overwrite.setDirectAccessGrantsEnabled(true);
        PartialImportRepresentation rep = imported(overwrite);
        rep.setIfResourceExists(PartialImportRepresentation.Policy.OVERWRITE.name());

        AdminRefusal refusal = AdminRefusal.of(realm.resource().partialImport(rep));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("rule 'no-direct-access-grants'");
        assertThat(realm.client("react-frontend").toRepresentation()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void aCompliantFrontendClientIsImported() {
        ClientRepresentation spa = FrontgateRealm.compliantSpa(SPA);

        realm.resource().partialImport(imported(spa)).close();

        assertThat(realm.hasClient(SPA)).isTrue();
        assertThat(realm.client(SPA).toRepresentation().getAttributes())
                .containsAllEntriesOf(Map.of("pkce.code.challenge.method", "S256"));
    }

    private static PartialImportRepresentation imported(ClientRepresentation client) {
        PartialImportRepresentation rep = new PartialImportRepresentation();
        rep.setClients(List.of(client));
        rep.setIfResourceExists(PartialImportRepresentation.Policy.FAIL.name());
        return rep;
    }
}
