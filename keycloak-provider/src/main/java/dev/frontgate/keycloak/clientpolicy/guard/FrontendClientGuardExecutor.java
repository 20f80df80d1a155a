package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.OAuthErrorException;
import org.keycloak.protocol.oidc.endpoints.request.AuthorizationEndpointRequest;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.AuthorizationRequestContext;
import org.keycloak.services.clientpolicy.context.ClientCRUDContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * Keeps a frontend client a browser client. On create and update (admin console, admin REST, dynamic client
 * registration) the client's settings as they would be saved are checked; Keycloak throws the change away when
 * this executor refuses it. On authorization requests PKCE S256 and the allowed scopes are checked.
 */
final class FrontendClientGuardExecutor implements ClientPolicyExecutorProvider<FrontendClientGuardConfiguration> {

    private static final GuardSettings DEFAULTS = GuardSettings.parse(null, null);

    // Keycloak hands the configuration over anew before every client-policy event, hence not final; it is parsed
    // only for the events this executor acts on.
    private FrontendClientGuardConfiguration configuration;

    FrontendClientGuardExecutor() {
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
        return configuration == null ? DEFAULTS : configuration.settings();
    }

    private void checkClient(ClientCRUDContext context) throws ClientPolicyException {
        ClientRepresentation proposal = context.getProposedClientRepresentation();
        if (proposal == null) {
            return;
        }
        ClientSettings current = context.getTargetClient() == null
                ? ClientSettings.NEW_CLIENT
                : ClientSettings.of(context.getTargetClient());
        ClientSettings proposed = current.with(proposal);
        String clientId = proposal.getClientId() != null || context.getTargetClient() == null
                ? proposal.getClientId() : context.getTargetClient().getClientId();
        var violation = ClientRules.firstViolation(proposed, settings())
                .or(() -> ClientRules.dpopViolation(proposed, settings(), clientId));
        if (violation.isPresent()) {
            throw new ClientPolicyException(OAuthErrorException.INVALID_CLIENT_METADATA, violation.get());
        }
    }

    private void checkAuthorizationRequest(AuthorizationRequestContext context) throws ClientPolicyException {
        AuthorizationEndpointRequest request = context.getAuthorizationEndpointRequest();
        var refusal = AuthorizationRequestRules.firstViolation(request.getCodeChallengeMethod(),
                request.getCodeChallenge(), request.getScope(), settings());
        if (refusal.isPresent()) {
            throw new ClientPolicyException(refusal.get().error(), refusal.get().description());
        }
    }
}
