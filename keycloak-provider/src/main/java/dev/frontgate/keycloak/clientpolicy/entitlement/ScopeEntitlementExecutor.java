package dev.frontgate.keycloak.clientpolicy.entitlement;

import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.RoleUtils;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issues entitled scopes only to holders of the required realm role. It acts on the code-to-token request: the
 * first moment of the standard flow at which Keycloak knows both the requested scopes and the signed-in user.
 */
final class ScopeEntitlementExecutor implements ClientPolicyExecutorProvider<ScopeEntitlementConfiguration> {

    private static final Logger LOG = Logger.getLogger(ScopeEntitlementExecutor.class);

    private static final EntitlementSettings DEFAULTS = EntitlementSettings.parse(null, null);

    // Keycloak hands the configuration over anew before every client-policy event, hence not final; it is parsed
    // only on the token request, the one event this executor acts on.
    private ScopeEntitlementConfiguration configuration;

    ScopeEntitlementExecutor() {
    }

    @Override
    public String getProviderId() {
        return ScopeEntitlementExecutorFactory.PROVIDER_ID;
    }

    @Override
    public Class<ScopeEntitlementConfiguration> getExecutorConfigurationClass() {
        return ScopeEntitlementConfiguration.class;
    }

    @Override
    public void setupConfiguration(ScopeEntitlementConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        if (context.getEvent() != ClientPolicyEvent.TOKEN_REQUEST) {
            return;
        }
        TokenRequestContext tokenRequest = (TokenRequestContext) context;
        AuthenticatedClientSessionModel clientSession = tokenRequest.getParseResult().getClientSession();
        UserModel user = clientSession.getUserSession().getUser();
        RealmModel realm = clientSession.getRealm();
        EntitlementSettings settings = configuration == null ? DEFAULTS : configuration.settings();
        EntitlementDecision decision = EntitlementDecision.of(tokenRequest.getParseResult().getCodeData().getScope(),
                settings, role -> holds(user, realm.getRole(role)), scope -> keycloakWithholds(realm, user, scope));
        if (decision.refusal().isPresent()) {
            throw new ClientPolicyException(OAuthErrorException.ACCESS_DENIED, decision.refusal().get());
        }
        decision.withheld().forEach(reason -> LOG.infof("Scope entitlement: withheld from user '%s' of client '%s': %s",
                user.getUsername(), clientSession.getClient().getClientId(), reason));
    }

    private static boolean holds(UserModel user, RoleModel role) {
        return role != null && user.hasRole(role);
    }

    /** Keycloak's own rule: a scope with role scope mappings is issued only to users holding one of those roles. */
    private static boolean keycloakWithholds(RealmModel realm, UserModel user, String scopeName) {
        ClientScopeModel scope = KeycloakModelUtils.getClientScopeByName(realm, scopeName);
        if (scope == null) {
            return true;
        }
        Set<RoleModel> mapped = scope.getScopeMappingsStream().collect(Collectors.toSet());
        return !mapped.isEmpty() && RoleUtils.expandCompositeRoles(mapped).stream().noneMatch(user::hasRole);
    }
}
