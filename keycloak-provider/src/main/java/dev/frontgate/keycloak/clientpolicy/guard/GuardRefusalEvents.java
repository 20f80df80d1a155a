package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.OAuthErrorException;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.context.AdminClientRegisterContext;
import org.keycloak.services.clientpolicy.context.AdminClientUpdateContext;
import org.keycloak.services.clientpolicy.context.ClientCRUDContext;
import org.keycloak.utils.KeycloakSessionUtil;

/**
 * Records the guard's refusals of admin console and admin REST changes as realm events, so that admins find them
 * under Events next to sign-ins. Keycloak itself records the refusals of authorization, token and dynamic
 * registration requests (with the same {@code client_policy_error_detail}, which names the rule), but not these.
 */
final class GuardRefusalEvents {

    private GuardRefusalEvents() {
    }

    static void recordAdminRefusal(ClientCRUDContext context, String refusal) {
        if (!(context instanceof AdminClientRegisterContext || context instanceof AdminClientUpdateContext)) {
            return;
        }
        KeycloakSession session = KeycloakSessionUtil.getKeycloakSession();
        RealmModel realm = session == null ? null : session.getContext().getRealm();
        if (realm == null) {
            return;
        }
        String clientId = context.getTargetClient() != null
                ? context.getTargetClient().getClientId() : context.getProposedClientRepresentation().getClientId();
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(context.getEvent() == ClientPolicyEvent.REGISTER
                        ? EventType.CLIENT_REGISTER_ERROR : EventType.CLIENT_UPDATE_ERROR)
                .client(clientId)
                .detail(Details.CLIENT_POLICY_ERROR, OAuthErrorException.INVALID_CLIENT_METADATA)
                .detail(Details.CLIENT_POLICY_ERROR_DETAIL, refusal);
        if (context.getAuthenticatedUser() != null) {
            event.user(context.getAuthenticatedUser());
        }
        event.error(OAuthErrorException.INVALID_CLIENT_METADATA);
    }
}
