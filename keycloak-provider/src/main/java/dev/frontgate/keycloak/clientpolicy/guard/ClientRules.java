package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.Optional;

/** The guard's rules for a client's configuration: a frontend client must stay a browser client. */
final class ClientRules {

    private ClientRules() {
    }

    /** The refusal message of the first rule the settings break, or empty when they keep every rule. */
    static Optional<String> firstViolation(ClientSettings client, GuardSettings guard) {
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
        if (client.attributeIsTrue(ClientSettings.DEVICE_GRANT)) {
            return refuse(GuardRule.NO_DEVICE_GRANT, "the device authorization grant is on");
        }
        if (client.attributeIsTrue(ClientSettings.CIBA_GRANT)) {
            return refuse(GuardRule.NO_CIBA_GRANT, "client-initiated backchannel authentication is on");
        }
        if (!"S256".equals(client.attribute(ClientSettings.PKCE_METHOD))) {
            return refuse(GuardRule.PKCE_S256,
                    "the PKCE method is '" + nullToNone(client.attribute(ClientSettings.PKCE_METHOD)) + "'");
        }
        return RedirectUriRules.firstViolation(client, guard).or(() -> webOriginViolation(client));
    }

    /** The DPoP rule, apart because it depends on who the client is ({@code dpop-exempt-clients}). */
    static Optional<String> dpopViolation(ClientSettings client, GuardSettings guard, String clientId) {
        if (guard.requiresDpopOf(clientId) && !client.attributeIsTrue(ClientSettings.DPOP_BOUND_TOKENS)) {
            return refuse(GuardRule.DPOP_REQUIRED, "DPoP-bound access tokens are off");
        }
        return Optional.empty();
    }

    private static Optional<String> webOriginViolation(ClientSettings client) {
        return client.webOrigins().stream()
                .filter(origin -> origin.equals("+") || origin.contains("*"))
                .findFirst()
                .map(origin -> GuardRule.EXPLICIT_WEB_ORIGINS.refusal("web origin '" + origin + "'"));
    }

    private static Optional<String> refuse(GuardRule rule, String detail) {
        return Optional.of(rule.refusal(detail));
    }

    private static String nullToNone(String value) {
        return value == null || value.isEmpty() ? "none" : value;
    }
}
