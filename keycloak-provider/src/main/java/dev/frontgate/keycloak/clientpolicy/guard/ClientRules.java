package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.models.CibaConfig;
import org.keycloak.models.OAuth2DeviceConfig;

import java.util.Optional;

/** The guard's rules for a client's configuration: a frontend client must stay a browser client. */
final class ClientRules {

    private ClientRules() {
    }

    /** The refusal message of the first rule the settings break, or empty when they keep every rule. */
    static Optional<String> firstViolation(ClientSettings client, GuardSettings guard) {
        return flowViolation(client)
                .or(() -> ClientUrlRules.firstViolation(client, guard))
                .or(() -> ClientScopeRules.firstViolation(client, guard));
    }

    /** The DPoP rule, apart because it depends on who the client is ({@code dpop-exempt-clients}). */
    static Optional<String> dpopViolation(ClientSettings client, GuardSettings guard, String clientId) {
        if (guard.requiresDpopOf(clientId) && !client.oidc().isUseDPoP()) {
            return refuse(GuardRule.DPOP_REQUIRED, "DPoP-bound access tokens are off");
        }
        return Optional.empty();
    }

    private static Optional<String> flowViolation(ClientSettings client) {
        if (!client.publicClient()) {
            return refuse(GuardRule.PUBLIC_CLIENT, "client authentication is on");
        }
        if (!client.standardFlow()) {
            return refuse(GuardRule.STANDARD_FLOW_REQUIRED, "the standard flow is off");
        }
        if (client.implicitFlow()) {
            return refuse(GuardRule.NO_IMPLICIT_FLOW, "the implicit flow is on");
        }
        if (client.directAccessGrants()) {
            return refuse(GuardRule.NO_DIRECT_ACCESS_GRANTS, "direct access grants are on");
        }
        if (client.serviceAccounts()) {
            return refuse(GuardRule.NO_SERVICE_ACCOUNT, "service accounts are on");
        }
        if (client.attributeIsTrue(OAuth2DeviceConfig.OAUTH2_DEVICE_AUTHORIZATION_GRANT_ENABLED)) {
            return refuse(GuardRule.NO_DEVICE_GRANT, "the device authorization grant is on");
        }
        if (client.attributeIsTrue(CibaConfig.OIDC_CIBA_GRANT_ENABLED)) {
            return refuse(GuardRule.NO_CIBA_GRANT, "client-initiated backchannel authentication is on");
        }
        String pkce = client.oidc().getPkceCodeChallengeMethod();
        if (!"S256".equals(pkce)) {
            return refuse(GuardRule.PKCE_S256, "the PKCE method is '" + (pkce == null || pkce.isEmpty() ? "none" : pkce)
                    + "'");
        }
        if (client.fullScopeAllowed()) {
            return refuse(GuardRule.NO_FULL_SCOPE, "full scope allowed is on");
        }
        return Optional.empty();
    }

    private static Optional<String> refuse(GuardRule rule, String detail) {
        return Optional.of(rule.refusal(detail));
    }
}
