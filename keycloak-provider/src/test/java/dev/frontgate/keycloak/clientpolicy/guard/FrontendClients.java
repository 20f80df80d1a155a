package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.representations.idm.ClientRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The react-frontend client of the realm export, and the guard settings of the realm's profile. */
final class FrontendClients {

    static final String BACKCHANNEL = "http://localhost:8280/backchannel-logout";

    static final GuardSettings GUARD = GuardSettings.parse(Map.of(
            GuardSettings.ALLOWED_SCOPES, List.of("openid", "profile", "email", "read", "write", "groups"),
            GuardSettings.BACKCHANNEL_LOGOUT_URL, BACKCHANNEL));

    private FrontendClients() {
    }

    static ClientRepresentation reactFrontend() {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("react-frontend");
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setFullScopeAllowed(false);
        client.setRootUrl("http://localhost:5173");
        client.setBaseUrl("/");
        client.setRedirectUris(List.of("http://localhost:5173/*"));
        client.setWebOrigins(List.of("http://localhost:5173"));
        client.setAttributes(new HashMap<>(Map.of("pkce.code.challenge.method", "S256", "dpop.bound.access.tokens", "true",
                "post.logout.redirect.uris", "http://localhost:5173/*",
                "backchannel.logout.url", BACKCHANNEL, "backchannel.logout.session.required", "true")));
        client.setDefaultClientScopes(List.of("basic", "web-origins", "acr", "profile", "email", "roles"));
        client.setOptionalClientScopes(List.of("read", "write", "groups"));
        client.setProtocolMappers(List.of());
        return client;
    }
}
