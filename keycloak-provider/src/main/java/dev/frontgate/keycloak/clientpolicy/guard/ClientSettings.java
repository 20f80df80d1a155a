package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.protocol.oidc.OIDCAdvancedConfigWrapper;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The settings of a client that the guard judges, as they will be once a create or update is saved.
 * An admin update may send only some fields (Keycloak keeps the others), so a proposal is read over the current
 * settings; a new client starts from Keycloak's defaults for new clients. Attributes are read through Keycloak's
 * {@link OIDCAdvancedConfigWrapper}, which knows their keys and formats.
 */
public record ClientSettings(boolean publicClient, boolean standardFlow, boolean implicitFlow,
        boolean directAccessGrants, boolean serviceAccounts, boolean fullScopeAllowed, ClientUrls urls,
        Map<String, String> attributes, List<String> defaultScopes, List<String> optionalScopes,
        List<String> ownMappers) {

    /** What Keycloak stores for a new client when a field is not sent (confidential, standard flow, full scope). */
    public static final ClientSettings NEW_CLIENT = new ClientSettings(false, true, false, false, false, true,
            ClientUrls.NONE, Map.of(), List.of(), List.of(), List.of());

    public ClientSettings {
        attributes = Map.copyOf(attributes);
        defaultScopes = List.copyOf(defaultScopes);
        optionalScopes = List.copyOf(optionalScopes);
        ownMappers = List.copyOf(ownMappers);
    }

    /** A saved client, as Keycloak's ModelToRepresentation shows it. */
    public static ClientSettings of(ClientRepresentation client) {
        return NEW_CLIENT.with(client);
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
                or(proposal.isFullScopeAllowed(), () -> fullScopeAllowed),
                urls.with(proposal),
                merged,
                or(proposal.getDefaultClientScopes(), () -> defaultScopes),
                or(proposal.getOptionalClientScopes(), () -> optionalScopes),
                proposal.getProtocolMappers() == null ? ownMappers : mapperNames(proposal.getProtocolMappers()));
    }

    /** Keycloak's reading of the OIDC attributes (PKCE method, logout URLs, post-logout redirect URIs, grants). */
    public OIDCAdvancedConfigWrapper oidc() {
        ClientRepresentation attributesOnly = new ClientRepresentation();
        attributesOnly.setAttributes(new HashMap<>(attributes));
        return OIDCAdvancedConfigWrapper.fromClientRepresentation(attributesOnly);
    }

    public boolean attributeIsTrue(String name) {
        return Boolean.parseBoolean(attributes.get(name));
    }

    private static List<String> mapperNames(List<ProtocolMapperRepresentation> mappers) {
        return mappers.stream().filter(Objects::nonNull)
                .map(mapper -> mapper.getName() + " (" + mapper.getProtocolMapper() + ")").toList();
    }

    private static <T> T or(T proposed, Supplier<T> current) {
        return proposed != null ? proposed : current.get();
    }
}
