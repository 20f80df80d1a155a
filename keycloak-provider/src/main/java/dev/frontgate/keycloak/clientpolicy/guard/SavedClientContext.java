package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.models.ClientModel;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.context.ClientCRUDContext;

/**
 * A client-policy update event for a client as it is saved in the current transaction. The proposal is the whole
 * saved client, not the fields a request sent. It carries no updater: conditions on who changes a client do not
 * apply to it.
 */
record SavedClientContext(ClientRepresentation saved, ClientModel client) implements ClientCRUDContext {

    @Override
    public ClientPolicyEvent getEvent() {
        return ClientPolicyEvent.UPDATE;
    }

    @Override
    public ClientRepresentation getProposedClientRepresentation() {
        return saved;
    }

    @Override
    public ClientModel getTargetClient() {
        return client;
    }
}
