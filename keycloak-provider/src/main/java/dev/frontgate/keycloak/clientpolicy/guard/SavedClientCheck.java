package dev.frontgate.keycloak.clientpolicy.guard;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.ModelToRepresentation;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.services.clientpolicy.ClientPolicyException;

import java.util.Optional;

/**
 * Runs the realm's client policies again on a client as it is about to be committed. Keycloak fires client-policy
 * events only on some paths (the admin client endpoints, dynamic registration); a partial import, a client-scope
 * assignment or a protocol mapper change fires none. Every path that saves a client through Keycloak's model ends in
 * {@code ClientModel.updateClient()}, which publishes a {@link ClientModel.ClientUpdatedEvent}; this listener
 * answers it inside the same transaction, so a refusal rolls the whole change back.
 */
final class SavedClientCheck implements ProviderEventListener {

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof ClientModel.ClientUpdatedEvent updated) {
            Optional<ClientPolicyException> refusal = refusal(updated.getKeycloakSession(), updated.getUpdatedClient());
            if (refusal.isPresent()) {
                throw new ErrorResponseException(refusal.get().getError(), refusal.get().getErrorDetail(),
                        Response.Status.BAD_REQUEST);
            }
        }
    }

    /** Why a policy that applies to the saved client refuses it, or empty when every such policy accepts it. */
    static Optional<ClientPolicyException> refusal(KeycloakSession session, ClientModel client) {
        KeycloakContext context = session.getContext();
        RealmModel previousRealm = context.getRealm();
        ClientModel previousClient = context.getClient();
        // Policies are looked up in the context's realm (a realm import at start has none), and conditions such as
        // the access type read an update's client from the context (an admin's create has the admin's client there).
        context.setRealm(client.getRealm());
        context.setClient(client);
        try {
            session.clientPolicy().triggerOnEvent(
                    new SavedClientContext(ModelToRepresentation.toRepresentation(client, session), client));
            return Optional.empty();
        } catch (ClientPolicyException e) {
            return Optional.of(e);
        } finally {
            context.setClient(previousClient);
            context.setRealm(previousRealm);
        }
    }
}
