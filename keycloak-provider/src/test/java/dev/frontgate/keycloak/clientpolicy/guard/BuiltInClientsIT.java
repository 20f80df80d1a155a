package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealmTest;
import dev.frontgate.testing.keycloak.AuthorizationResult;
import dev.frontgate.testing.keycloak.PkceFlow;

/**
 * Keycloak's built-in public clients: account-console, admin-cli and security-admin-console are off in the realm
 * and stay under the guard; account is exempt by name (the profile's description says why).
 */
class BuiltInClientsIT extends FrontgateRealmTest {

    @ParameterizedTest
    @ValueSource(strings = {"account-console", "admin-cli", "security-admin-console"})
    void aBuiltInPublicClientIsOffAndCannotBeSwitchedOnAsItWas(String clientId) {
        ClientResource client = realm.client(clientId);
        ClientRepresentation before = client.toRepresentation();
        ClientRepresentation on = client.toRepresentation();
        on.setEnabled(true);
        on.setDirectAccessGrantsEnabled(true);

        AdminRefusal refusal = AdminRefusal.of(() -> client.update(on));

        assertThat(before.isEnabled()).isFalse();
        assertThat(before.isPublicClient()).isTrue();
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("Frontend client guard, rule '");
        assertThat(client.toRepresentation()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void thePasswordGrantOfAdminCliIsRefused() {
        HttpResponse<String> response = keycloak.pkce().tokenRequest(Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "alice", "password", "alice-demo"));

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void accountIsExemptByNameAndTheProfileSaysWhy() {
        var profile = realm.resource().clientPoliciesProfilesResource().getProfiles(false).getProfiles().stream()
                .filter(p -> p.getName().equals("frontgate-frontend")).findFirst().orElseThrow();

        assertThat(profile.getDescription()).contains("Exempt: account,");
        assertThat(profile.getExecutors()).anySatisfy(executor -> assertThat(executor.getConfiguration()
                .get(GuardSettings.EXEMPT_CLIENTS).toString()).contains("account"));
        assertThat(realm.resource().clients().findAll()).filteredOn(ClientRepresentation::isPublicClient)
                .extracting(ClientRepresentation::getClientId)
                .containsExactlyInAnyOrder("react-frontend", "api-docs", "account", "account-console", "admin-cli",
                        "security-admin-console");
    }

    @Test
    void anAuthorizationRequestOfTheAccountConsoleIsRefused() {
        AuthorizationResult result = keycloak.pkce().authorize(PkceFlow.withS256Challenge(PkceFlow.authorizationRequest(
                "account-console", keycloak.baseUrl() + "/realms/frontgate/account/", "openid"), PkceFlow.newVerifier()));

        assertThat(result.isLoginPage()).isFalse();
    }
}
