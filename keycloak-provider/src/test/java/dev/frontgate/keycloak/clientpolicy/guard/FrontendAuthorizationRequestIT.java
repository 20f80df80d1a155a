package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.it.FrontgateRealmTest;
import dev.frontgate.testing.keycloak.AuthorizationResult;
import dev.frontgate.testing.keycloak.PkceFlow;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Authorization requests of frontend clients over HTTP: PKCE S256 and the allowed scopes. */
class FrontendAuthorizationRequestIT extends FrontgateRealmTest {


    @Test
    void aScopeTheRealmDoesNotKnowIsInvalidScope() {
        assertThat(authorize(withPkce(request("openid admin"))).redirectError()).contains("invalid_scope");
        assertThat(authorize(withPkce(request("openid read delete"))).redirectError()).contains("invalid_scope");
    }

    @Test
    void aScopeOfTheClientOutsideAllowedScopesIsInvalidScopeNamingIt() {
        ClientScopeRepresentation admin = new ClientScopeRepresentation();
        admin.setName("admin");
        admin.setProtocol("openid-connect");
        String scopeId;
        try (Response response = realm.resource().clientScopes().create(admin)) {
            scopeId = CreatedResponseUtil.getCreatedId(response);
        }
        var client = realm.client(PkceFlow.FRONTEND_CLIENT);
        try {
            // The guard refuses such an assignment now (ClientPartsIT); a client given one before still cannot use it.
            realm.withPolicyDisabled(() -> client.addOptionalClientScope(scopeId));

            AuthorizationResult result = authorize(withPkce(request("openid read admin")));

            assertThat(result.redirectError()).contains("invalid_scope");
            assertThat(result.redirectErrorDescription()).hasValueSatisfying(description -> assertThat(description)
                    .contains("rule 'allowed-scopes'").contains("scope 'admin'"));
        } finally {
            client.removeOptionalClientScope(scopeId);
            realm.resource().clientScopes().get(scopeId).remove();
        }
    }

    @Test
    void aRequestWithoutPkceIsRefused() {
        AuthorizationResult result = authorize(request("openid read"));

        assertThat(result.isLoginPage()).isFalse();
        assertThat(result.redirectError()).contains("invalid_request");
    }

    @Test
    void aRequestWithPlainPkceIsRefused() {
        Map<String, String> params = request("openid read");
        params.put("code_challenge", PkceFlow.newVerifier());
        params.put("code_challenge_method", "plain");

        AuthorizationResult result = authorize(params);

        assertThat(result.isLoginPage()).isFalse();
        assertThat(result.redirectError()).contains("invalid_request");
    }

    /** A public client saved before the policy existed, without Keycloak's own PKCE setting: the guard still asks. */
    @Test
    void aFrontendClientWithoutPkceSettingStillNeedsPkce() {
        String legacy = "it-legacy-spa";
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(legacy);
        client.setPublicClient(true);
        client.setRedirectUris(List.of(PkceFlow.FRONTEND_REDIRECT));
        try {
            realm.withPolicyDisabled(() -> realm.resource().clients().create(client).close());
            Map<String, String> params = request("openid");
            params.put("client_id", legacy);

            AuthorizationResult withoutPkce = authorize(params);
            AuthorizationResult withPkce = authorize(withPkce(params));

            assertThat(withoutPkce.redirectError()).contains("invalid_request");
            assertThat(withoutPkce.redirectErrorDescription()).hasValueSatisfying(description ->
                    assertThat(description).contains("rule 'pkce-s256'"));
            assertThat(withPkce.isLoginPage()).isTrue();
        } finally {
            realm.deleteClientIfPresent(legacy);
        }
    }

    @Test
    void aCompliantRequestReachesTheLoginPage() {
        assertThat(authorize(withPkce(request("openid read write groups"))).isLoginPage()).isTrue();
    }

    private static AuthorizationResult authorize(Map<String, String> params) {
        return keycloak.pkce().authorize(params);
    }

    private static Map<String, String> request(String scope) {
        return PkceFlow.authorizationRequest(PkceFlow.FRONTEND_CLIENT, PkceFlow.FRONTEND_REDIRECT, scope);
    }

    private static Map<String, String> withPkce(Map<String, String> params) {
        return PkceFlow.withS256Challenge(params, PkceFlow.newVerifier());
    }
}
