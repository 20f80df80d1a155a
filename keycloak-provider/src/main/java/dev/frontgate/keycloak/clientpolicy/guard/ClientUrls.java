package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.representations.idm.ClientRepresentation;

import java.util.List;

/** The URLs a client holds as fields of its own; the logout URLs are attributes, read through ClientSettings.oidc(). */
public record ClientUrls(String rootUrl, String baseUrl, String adminUrl, List<String> redirectUris,
        List<String> webOrigins) {

    static final ClientUrls NONE = new ClientUrls(null, null, null, List.of(), List.of());

    public ClientUrls {
        redirectUris = List.copyOf(redirectUris);
        webOrigins = List.copyOf(webOrigins);
    }

    /** Keycloak stores an empty string for a cleared URL field; the guard reads it as absent. */
    ClientUrls with(ClientRepresentation proposal) {
        return new ClientUrls(
                proposal.getRootUrl() != null ? blankToNull(proposal.getRootUrl()) : rootUrl,
                proposal.getBaseUrl() != null ? blankToNull(proposal.getBaseUrl()) : baseUrl,
                proposal.getAdminUrl() != null ? blankToNull(proposal.getAdminUrl()) : adminUrl,
                proposal.getRedirectUris() != null ? proposal.getRedirectUris() : redirectUris,
                proposal.getWebOrigins() != null ? proposal.getWebOrigins() : webOrigins);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
