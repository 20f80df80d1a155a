package dev.frontgate.realm;

import dev.frontgate.testing.keycloak.AuthorizationResult;
import dev.frontgate.testing.keycloak.DpopKey;
import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.PkceFlow;
import dev.frontgate.testing.keycloak.WithKeycloak;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** react-frontend allows exactly one way in: Authorization Code with PKCE S256 to its own redirect URI. */
@WithKeycloak
class FrontendClientFlowsIT {

    @Test
    void passwordGrantIsRefused(KeycloakServer keycloak) {
        HttpResponse<String> response = keycloak.pkce().tokenRequest(Map.of("grant_type", "password",
                "client_id", "react-frontend", "username", "alice", "password", "alice-demo", "scope", "openid read"),
                DpopKey.generate());
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client").doesNotContain("access_token");
    }

    @Test
    void clientCredentialsGrantIsRefused(KeycloakServer keycloak) {
        HttpResponse<String> response = keycloak.pkce().tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "react-frontend"), DpopKey.generate());
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).containsAnyOf("unauthorized_client", "invalid_client")
                .doesNotContain("access_token");
    }

    @Test
    void authorizationRequestWithoutCodeChallengeIsRefused(KeycloakServer keycloak) {
        AuthorizationResult result = keycloak.pkce().authorize(request(PkceFlow.FRONTEND_REDIRECT));
        assertThat(result.isLoginPage()).isFalse();
        assertThat(result.redirectError()).contains("invalid_request");
    }

    @Test
    void plainCodeChallengeIsRefused(KeycloakServer keycloak) {
        Map<String, String> params = request(PkceFlow.FRONTEND_REDIRECT);
        params.put("code_challenge", PkceFlow.newVerifier());
        params.put("code_challenge_method", "plain");
        AuthorizationResult result = keycloak.pkce().authorize(params);
        assertThat(result.isLoginPage()).isFalse();
        assertThat(result.redirectError()).contains("invalid_request");
    }

    @Test
    void foreignRedirectUriIsRefusedWithoutRedirecting(KeycloakServer keycloak) {
        Map<String, String> params = PkceFlow.withS256Challenge(request("https://attacker.example/callback"),
                PkceFlow.newVerifier());
        AuthorizationResult result = keycloak.pkce().authorize(params);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.location()).isNull();
        assertThat(result.errorPageMessage()).hasValueSatisfying(m -> assertThat(m).contains("redirect_uri"));
    }

    @Test
    void implicitFlowIsRefused(KeycloakServer keycloak) {
        Map<String, String> params = request(PkceFlow.FRONTEND_REDIRECT);
        params.put("response_type", "token");
        AuthorizationResult result = keycloak.pkce().authorize(params);
        assertThat(result.isLoginPage()).isFalse();
        assertThat(result.location() == null ? "" : result.location()).doesNotContain("access_token");
    }

    private static Map<String, String> request(String redirectUri) {
        return PkceFlow.authorizationRequest(PkceFlow.FRONTEND_CLIENT, redirectUri, "openid read");
    }

    @Test
    void codeExchangeWithoutADpopProofIsRefused(KeycloakServer keycloak) {
        HttpResponse<String> response = keycloak.pkce().withoutDpop().codeExchange("alice", "openid read");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("DPoP");
    }
}
