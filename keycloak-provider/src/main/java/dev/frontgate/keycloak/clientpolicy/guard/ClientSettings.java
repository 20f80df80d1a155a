package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.keycloak.models.ClientModel;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The settings of a client that the guard judges, as they will be once a create or update is saved.
 * An admin update may send only some fields (Keycloak keeps the others), so a proposal is read over the current
 * settings; a new client starts from Keycloak's defaults for new clients.
 */
public record ClientSettings(boolean publicClient, boolean standardFlow, boolean implicitFlow,
        boolean directAccessGrants, boolean serviceAccounts, String rootUrl, List<String> redirectUris,
        List<String> webOrigins, Map<String, String> attributes) {

    public static final String PKCE_METHOD = "pkce.code.challenge.method";
    public static final String DEVICE_GRANT = "oauth2.device.authorization.grant.enabled";
    public static final String CIBA_GRANT = "oidc.ciba.grant.enabled";
    /** Keycloak's client switch for DPoP-bound access tokens (RFC 9449). */
    public static final String DPOP_BOUND_TOKENS = "dpop.bound.access.tokens";

    /** What Keycloak stores for a new client when a field is not sent (confidential, standard flow only). */
    public static final ClientSettings NEW_CLIENT =
            new ClientSettings(false, true, false, false, false, null, List.of(), List.of(), Map.of());

    public ClientSettings {
        redirectUris = List.copyOf(redirectUris);
        webOrigins = List.copyOf(webOrigins);
        attributes = Map.copyOf(attributes);
    }

    public static ClientSettings of(ClientModel client) {
        Map<String, String> attributes = new HashMap<>(client.getAttributes());
        attributes.values().removeIf(value -> value == null);
        return new ClientSettings(client.isPublicClient(), client.isStandardFlowEnabled(),
                client.isImplicitFlowEnabled(), client.isDirectAccessGrantsEnabled(),
                client.isServiceAccountsEnabled(), client.getRootUrl(), List.copyOf(client.getRedirectUris()),
                List.copyOf(client.getWebOrigins()), attributes);
    }

    /** These settings with every field the proposal sends replaced by the proposed value. */
    public ClientSettings with(ClientRepresentation proposal) {
        Map<String, String> merged = new HashMap<>(attributes);
        if (proposal.getAttributes() != null) {
            proposal.getAttributes().forEach((name, value) -> {
                if (value == null) {
                    merged.remove(name);
                } else {
                    merged.put(name, value);
                }
            });
        }
        return new ClientSettings(
                or(proposal.isPublicClient(), () -> publicClient),
                or(proposal.isStandardFlowEnabled(), () -> standardFlow),
                or(proposal.isImplicitFlowEnabled(), () -> implicitFlow),
                or(proposal.isDirectAccessGrantsEnabled(), () -> directAccessGrants),
                or(proposal.isServiceAccountsEnabled(), () -> serviceAccounts),
                or(proposal.getRootUrl(), () -> rootUrl),
                or(proposal.getRedirectUris(), () -> redirectUris),
                or(proposal.getWebOrigins(), () -> webOrigins),
                merged);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public boolean attributeIsTrue(String name) {
        return Boolean.parseBoolean(attributes.get(name));
    }

    private static <T> T or(T proposed, Supplier<T> current) {
        return proposed != null ? proposed : current.get();
    }
}
