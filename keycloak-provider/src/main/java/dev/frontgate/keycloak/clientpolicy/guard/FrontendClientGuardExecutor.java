package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.OAuthErrorException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.ModelToRepresentation;
import org.keycloak.protocol.oidc.endpoints.request.AuthorizationEndpointRequest;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.AuthorizationRequestContext;
import org.keycloak.services.clientpolicy.context.ClientCRUDContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * Keeps a frontend client a browser client. On create and update (admin console, admin REST, dynamic client
 * registration, and every other path through {@link SavedClientCheck}) the client's settings as they would be saved
 * are checked; Keycloak throws the change away when this executor refuses it. On authorization requests PKCE S256
 * and the allowed scopes are checked.
 */
final class FrontendClientGuardExecutor implements ClientPolicyExecutorProvider<FrontendClientGuardConfiguration> {

    // Keycloak hands the configuration over anew before every client-policy event, hence not final; it is parsed
    // only for the events this executor acts on.
    private FrontendClientGuardConfiguration configuration;

    private final KeycloakSession session;

    FrontendClientGuardExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return FrontendClientGuardExecutorFactory.PROVIDER_ID;
    }

    @Override
    public Class<FrontendClientGuardConfiguration> getExecutorConfigurationClass() {
        return FrontendClientGuardConfiguration.class;
    }

    @Override
    public void setupConfiguration(FrontendClientGuardConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        switch (context.getEvent()) {
            case REGISTER, UPDATE -> checkClient((ClientCRUDContext) context);
            case AUTHORIZATION_REQUEST -> checkAuthorizationRequest((AuthorizationRequestContext) context);
            default -> {
            }
        }
    }

    private GuardSettings settings() {
        return configuration == null ? GuardSettings.DEFAULTS : configuration.settings();
    }

    private void checkClient(ClientCRUDContext context) throws ClientPolicyException {
        ClientRepresentation proposal = context.getProposedClientRepresentation();
        if (proposal == null) {
            return;
        }
        GuardSettings guard = settings();
        ClientModel target = context.getTargetClient();
        if (guard.exempts(proposal.getClientId()) || (target != null && guard.exempts(target.getClientId()))) {
            return;
        }
        if (staysOff(proposal, target)) {
            return;
        }
        ClientSettings current = target == null
                ? ClientSettings.NEW_CLIENT
                : ClientSettings.of(ModelToRepresentation.toRepresentation(target, session));
        ClientSettings proposed = current.with(proposal);
        String clientId = proposal.getClientId() != null || target == null ? proposal.getClientId() : target.getClientId();
        var violation = ClientRules.firstViolation(proposed, guard)
                .or(() -> ClientRules.dpopViolation(proposed, guard, clientId));
        if (violation.isPresent()) {
            GuardRefusalEvents.recordAdminRefusal(context, violation.get());
            throw new ClientPolicyException(OAuthErrorException.INVALID_CLIENT_METADATA, violation.get());
        }
    }

    /**
     * A client that is and stays off signs no one in, so saving it as it is (a realm apply, an admin's edit) is not
     * judged; switching it on is a change like any other and meets every rule with the settings it then has.
     */
    private static boolean staysOff(ClientRepresentation proposal, ClientModel target) {
        boolean enabledAfter = proposal.isEnabled() != null ? proposal.isEnabled() : target == null || target.isEnabled();
        return !enabledAfter && (target == null || !target.isEnabled());
    }

    private void checkAuthorizationRequest(AuthorizationRequestContext context) throws ClientPolicyException {
        AuthorizationEndpointRequest request = context.getAuthorizationEndpointRequest();
        GuardSettings guard = settings();
        if (guard.exempts(request.getClientId())) {
            return;
        }
        var refusal = AuthorizationRequestRules.firstViolation(request.getCodeChallengeMethod(),
                request.getCodeChallenge(), request.getScope(), guard);
        if (refusal.isPresent()) {
            throw new ClientPolicyException(refusal.get().error(), refusal.get().description());
        }
    }
}
