package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealmTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's built-in public clients: admin-cli and security-admin-console are off in the realm and stay under the
 * guard (saved as they are while off, judged when switched on); account and account-console are exempt by name (the
 * profile's description says why).
 */
class BuiltInClientsIT extends FrontgateRealmTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin-cli", "security-admin-console"})
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

    @ParameterizedTest
    @ValueSource(strings = {"admin-cli", "security-admin-console"})
    void aBuiltInPublicClientThatStaysOffIsSavedAsItIs(String clientId) {
        ClientResource client = realm.client(clientId);
        ClientRepresentation off = client.toRepresentation();
        off.setDescription("saved by the realm apply");

        client.update(off);

        assertThat(client.toRepresentation().getDescription()).isEqualTo("saved by the realm apply");
        assertThat(client.toRepresentation().isEnabled()).isFalse();
    }

    @Test
    void thePasswordGrantOfAdminCliIsRefused() {
        HttpResponse<String> response = keycloak.pkce().tokenRequest(Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "alice", "password", "alice-demo"));

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void accountAndAccountConsoleAreExemptByNameAndTheProfileSaysWhy() {
        var profile = realm.resource().clientPoliciesProfilesResource().getProfiles(false).getProfiles().stream()
                .filter(p -> p.getName().equals("frontgate-frontend")).findFirst().orElseThrow();

        assertThat(profile.getDescription()).contains("Exempt: account and account-console,");
        assertThat(profile.getExecutors()).anySatisfy(executor -> assertThat(executor.getConfiguration()
                .path(GuardSettings.EXEMPT_CLIENTS).toString()).contains("\"account\"", "\"account-console\""));
        assertThat(realm.resource().clients().findAll()).filteredOn(ClientRepresentation::isPublicClient)
                .extracting(ClientRepresentation::getClientId)
                .containsExactlyInAnyOrder("react-frontend", "api-docs", "account", "account-console", "admin-cli",
                        "security-admin-console");
    }
}
