package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealmTest;

/** New clients: a compliant frontend client is created, a non-compliant one is not, other clients are unaffected. */
class FrontendClientRegistrationIT extends FrontgateRealmTest {

    private static final String SPA = "it-second-spa";
    private static final String BACKEND = "it-backend-job";

    @AfterEach
    void removeTestClients() {
        realm.deleteClientIfPresent(SPA);
        realm.deleteClientIfPresent(BACKEND);
    }

    @Test
    void aCompliantFrontendClientIsCreated() {
        try (Response response = realm.resource().clients().create(compliantSpa())) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        assertThat(realm.hasClient(SPA)).isTrue();
    }

    @Test
    void aFrontendClientBreakingARuleIsNotCreated() {
        ClientRepresentation spa = compliantSpa();
        spa.setDirectAccessGrantsEnabled(true);

        AdminRefusal refusal = AdminRefusal.of(realm.resource().clients().create(spa));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("invalid_client_metadata").contains("rule 'no-direct-access-grants'");
        assertThat(realm.hasClient(SPA)).isFalse();
    }

    @Test
    void aConfidentialClientIsNotAFrontendClientAndIsLeftAlone() {
        ClientRepresentation backend = new ClientRepresentation();
        backend.setClientId(BACKEND);
        backend.setPublicClient(false);
        backend.setServiceAccountsEnabled(true);
        backend.setDirectAccessGrantsEnabled(true);
        backend.setRedirectUris(List.of("https://*.example.com/*"));
        backend.setWebOrigins(List.of("*"));
        try (Response response = realm.resource().clients().create(backend)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }

        ClientRepresentation update = realm.client(BACKEND).toRepresentation();
        update.setImplicitFlowEnabled(true);
        realm.client(BACKEND).update(update);

        assertThat(realm.client(BACKEND).toRepresentation().isImplicitFlowEnabled()).isTrue();
    }

    private static ClientRepresentation compliantSpa() {
        ClientRepresentation spa = new ClientRepresentation();
        spa.setClientId(SPA);
        spa.setPublicClient(true);
        spa.setStandardFlowEnabled(true);
        spa.setImplicitFlowEnabled(false);
        spa.setDirectAccessGrantsEnabled(false);
        spa.setRedirectUris(List.of("https://spa.example.com/callback", "http://localhost:5174/*"));
        spa.setWebOrigins(List.of("https://spa.example.com", "http://localhost:5174"));
        spa.setAttributes(Map.of("pkce.code.challenge.method", "S256", "dpop.bound.access.tokens", "true"));
        return spa;
    }
}
