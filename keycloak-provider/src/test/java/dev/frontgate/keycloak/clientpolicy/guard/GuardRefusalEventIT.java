package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.EventRepresentation;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealmTest;

/** An admin change the guard refuses shows up under the realm's events, naming the rule. */
class GuardRefusalEventIT extends FrontgateRealmTest {

    @Test
    void aRefusedAdminUpdateIsRecordedAsAnEventNamingTheRule() {
        ClientResource client = realm.client("react-frontend");
        ClientRepresentation proposal = client.toRepresentation();
        proposal.setPublicClient(false);

        AdminRefusal.of(() -> client.update(proposal));

        List<EventRepresentation> events = realm.resource().getEvents(List.of("CLIENT_UPDATE_ERROR"), "react-frontend",
                null, null, null, null, 0, 10);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.getError()).isEqualTo("invalid_client_metadata");
            assertThat(event.getDetails().get("client_policy_error_detail")).contains("rule 'public-client'");
        });
    }
}
