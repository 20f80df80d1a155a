package dev.frontgate.realm;

import dev.frontgate.testing.keycloak.AuthorizationResult;
import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.PkceFlow;
import dev.frontgate.testing.keycloak.Tokens;
import dev.frontgate.testing.keycloak.WithKeycloak;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * api-docs, the client of the Swagger UI that the api-service serves: a second frontend client, public with PKCE
 * on the API's origin, under the same guard as react-frontend.
 */
@WithKeycloak
class ApiDocsClientIT {

    private static final String CLIENT = PkceFlow.API_DOCS_CLIENT;
    private static final String REDIRECT = PkceFlow.API_DOCS_REDIRECT;

    @Test
    void docsClientIsAPublicBrowserClientOnTheApiOrigin(KeycloakServer keycloak) {
        ClientRepresentation client = keycloak.admin().realm(keycloak.realm()).clients().findByClientId(CLIENT).get(0);
        assertThat(client.isPublicClient()).isTrue();
        assertThat(client.isStandardFlowEnabled()).isTrue();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.isServiceAccountsEnabled()).isFalse();
        assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(client.getRedirectUris()).containsExactly(REDIRECT);
        assertThat(client.getWebOrigins()).containsExactly("http://localhost:8280");
        assertThat(client.getOptionalClientScopes()).contains("read", "write", "groups");
    }

    @Test
    void aliceGetsATokenForTheApiThroughTheDocsClient(KeycloakServer keycloak) {
        Map<String, Object> claims = keycloak.pkce().login(CLIENT, REDIRECT, "alice", "alice-demo", "read").claims();
        assertThat(claims.get("azp")).isEqualTo(CLIENT);
        assertThat(claims.get("aud")).asString().contains("api-service");
        assertThat(Tokens.scopesOf(claims.get("scope"))).contains("read").doesNotContain("write");
    }

    @Test
    void theGuardRefusesARequestWithoutPkce(KeycloakServer keycloak) {
        AuthorizationResult result = keycloak.pkce().authorize(PkceFlow.authorizationRequest(CLIENT, REDIRECT, "read"));
        assertThat(result.isLoginPage()).isFalse();
        assertThat(result.redirectError()).contains("invalid_request");
    }
}
