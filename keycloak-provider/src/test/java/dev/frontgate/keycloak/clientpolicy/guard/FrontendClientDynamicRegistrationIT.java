package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.it.FrontgateRealmTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientInitialAccessCreatePresentation;
import org.keycloak.representations.idm.EventRepresentation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dynamic client registration goes through the guard too. Keycloak answers a refused registration with 403 and
 * keeps the rule's message for its CLIENT_REGISTER_ERROR event. OpenID Connect registration assigns the client id
 * itself, so that request names the client by client_name only.
 */
class FrontendClientDynamicRegistrationIT extends FrontgateRealmTest {

    private static final String SPA = "it-registered-spa";

    @AfterEach
    void removeRegisteredClient() {
        realm.deleteClientIfPresent(SPA);
    }

    @Test
    void anOpenIdRegistrationOfAPublicClientWithPasswordGrantIsRefused() throws Exception {
        HttpResponse<String> response = register("openid-connect", """
                {"client_name": "%s", "token_endpoint_auth_method": "none",
                 "redirect_uris": ["https://spa.example.com/callback"],
                 "grant_types": ["authorization_code", "password"], "response_types": ["code"]}""".formatted(SPA));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("invalid_client_metadata");
        assertThat(realm.resource().clients().findAll()).noneMatch(client -> SPA.equals(client.getName()));
        assertThat(lastRegisterErrorDetail()).contains("Frontend client guard, rule 'no-direct-access-grants'");
    }

    @Test
    void aCompliantRegistrationIsAccepted() throws Exception {
        HttpResponse<String> response = register("default", """
                {"clientId": "%s", "publicClient": true, "standardFlowEnabled": true, "fullScopeAllowed": false,
                 "redirectUris": ["https://spa.example.com/callback"], "webOrigins": ["https://spa.example.com"],
                 "attributes": {"pkce.code.challenge.method": "S256", "dpop.bound.access.tokens": "true"}}"""
                .formatted(SPA));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(realm.hasClient(SPA)).isTrue();
    }

    @Test
    void anOpenIdRegistrationWithAForeignPostLogoutRedirectIsRefused() throws Exception {
        HttpResponse<String> response = register("default", """
                {"clientId": "%s", "publicClient": true, "standardFlowEnabled": true, "fullScopeAllowed": false,
                 "redirectUris": ["https://spa.example.com/callback"], "webOrigins": ["https://spa.example.com"],
                 "attributes": {"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "*"}}"""
                .formatted(SPA));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(realm.hasClient(SPA)).isFalse();
        assertThat(lastRegisterErrorDetail()).contains("rule 'no-host-wildcard'").contains("post-logout");
    }

    @Test
    void aRegistrationCarryingAHardCodedScopeClaimIsRefusedAndNothingIsSaved() throws Exception {
        HttpResponse<String> response = register("default", """
                {"clientId": "%s", "publicClient": true, "standardFlowEnabled": true, "fullScopeAllowed": false,
                 "redirectUris": ["https://spa.example.com/callback"], "webOrigins": ["https://spa.example.com"],
                 "attributes": {"pkce.code.challenge.method": "S256"},
                 "protocolMappers": [{"name": "scope", "protocol": "openid-connect",
                   "protocolMapper": "oidc-hardcoded-claim-mapper",
                   "config": {"claim.name": "scope", "claim.value": "read write", "access.token.claim": "true"}}]}"""
                .formatted(SPA));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(realm.hasClient(SPA)).isFalse();
        assertThat(lastRegisterErrorDetail()).contains("rule 'no-own-protocol-mappers'");
    }

    private static HttpResponse<String> register(String provider, String json) throws IOException, InterruptedException {
        String initialAccessToken = realm.resource().clientInitialAccess()
                .create(new ClientInitialAccessCreatePresentation(300, 1)).getToken();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak.issuer() + "/clients-registrations/" + provider))
                .header("Authorization", "Bearer " + initialAccessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String lastRegisterErrorDetail() {
        List<EventRepresentation> events = realm.resource().getEvents(List.of("CLIENT_REGISTER_ERROR"), null, null,
                null, null, null, 0, 1);
        assertThat(events).isNotEmpty();
        return events.get(0).getDetails().get("client_policy_error_detail");
    }
}
