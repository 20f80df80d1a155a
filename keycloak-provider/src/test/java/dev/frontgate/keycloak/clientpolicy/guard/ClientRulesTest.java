package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.ClientRepresentation;

class ClientRulesTest {

    private static final GuardSettings GUARD = GuardSettings.parse(null, null);

    /** The react-frontend client of the realm export: it keeps every rule. */
    private static final ClientSettings REACT_FRONTEND = new ClientSettings(true, true, false, false, false,
            "http://localhost:5173", List.of("http://localhost:5173/*"), List.of("http://localhost:5173"),
            Map.of(ClientSettings.PKCE_METHOD, "S256", ClientSettings.DEVICE_GRANT, "false"));

    private static String refusalOf(Consumer<ClientRepresentation> change) {
        ClientRepresentation proposal = new ClientRepresentation();
        change.accept(proposal);
        return ClientRules.firstViolation(REACT_FRONTEND.with(proposal), GUARD).orElse("accepted");
    }

    @Test
    void theRealmsFrontendClientKeepsEveryRule() {
        assertThat(ClientRules.firstViolation(REACT_FRONTEND, GUARD)).isEmpty();
    }

    @Test
    void aConfidentialClientIsRefused() {
        assertThat(refusalOf(client -> client.setPublicClient(false))).contains("rule 'public-client'");
    }

    @Test
    void theStandardFlowMustStayOn() {
        assertThat(refusalOf(client -> client.setStandardFlowEnabled(false))).contains("rule 'standard-flow-required'");
    }

    @Test
    void theImplicitFlowIsRefused() {
        assertThat(refusalOf(client -> client.setImplicitFlowEnabled(true))).contains("rule 'no-implicit-flow'");
    }

    @Test
    void directAccessGrantsAreRefused() {
        assertThat(refusalOf(client -> client.setDirectAccessGrantsEnabled(true)))
                .contains("rule 'no-direct-access-grants'");
    }

    @Test
    void aServiceAccountIsRefused() {
        assertThat(refusalOf(client -> client.setServiceAccountsEnabled(true))).contains("rule 'no-service-account'");
    }

    @Test
    void deviceAndCibaGrantsAreRefused() {
        assertThat(refusalOf(client -> client.setAttributes(Map.of(ClientSettings.DEVICE_GRANT, "true"))))
                .contains("rule 'no-device-grant'");
        assertThat(refusalOf(client -> client.setAttributes(Map.of(ClientSettings.CIBA_GRANT, "true"))))
                .contains("rule 'no-ciba-grant'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", ""})
    void pkceMustBeS256(String method) {
        assertThat(refusalOf(client -> client.setAttributes(Map.of(ClientSettings.PKCE_METHOD, method))))
                .contains("rule 'pkce-s256'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://*.example.com/*", "*", "http://*:5173/callback", "https://user@*.example.com/cb"})
    void aWildcardHostIsRefused(String redirectUri) {
        assertThat(refusalOf(client -> client.setRedirectUris(List.of(redirectUri))))
                .contains("rule 'no-host-wildcard'").contains(redirectUri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com/*", "https://app.example.com/callback*"})
    void aPathWildcardIsRefusedOnHostsNotListed(String redirectUri) {
        assertThat(refusalOf(client -> client.setRedirectUris(List.of(redirectUri))))
                .contains("rule 'path-wildcard-hosts'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com/callback", "http://127.0.0.1:8080/*", "http://LOCALHOST/*"})
    void exactRedirectsAndPathWildcardsOnListedHostsAreAccepted(String redirectUri) {
        assertThat(refusalOf(client -> client.setRedirectUris(List.of(redirectUri)))).isEqualTo("accepted");
    }

    @Test
    void aRelativeRedirectIsJudgedOnTheRootUrlsHost() {
        assertThat(refusalOf(client -> client.setRedirectUris(List.of("/*")))).isEqualTo("accepted");
        assertThat(refusalOf(client -> {
            client.setRootUrl("https://app.example.com");
            client.setRedirectUris(List.of("/*"));
        })).contains("rule 'path-wildcard-hosts'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "+", "https://*.example.com"})
    void webOriginsMustBeExplicit(String origin) {
        assertThat(refusalOf(client -> client.setWebOrigins(List.of("http://localhost:5173", origin))))
                .contains("rule 'explicit-web-origins'").contains("'" + origin + "'");
    }

    @Test
    void withRequireDpopAClientWithoutDpopBoundTokensIsRefused() {
        GuardSettings guard = GuardSettings.parse(null, null, "true", List.of("api-docs"));

        assertThat(ClientRules.dpopViolation(REACT_FRONTEND, guard, "react-frontend")).hasValueSatisfying(
                refusal -> assertThat(refusal).contains("rule 'require-dpop'", "DPoP-bound access tokens are off"));
        assertThat(ClientRules.dpopViolation(REACT_FRONTEND, guard, "api-docs")).as("exempt").isEmpty();
        ClientRepresentation dpopOn = new ClientRepresentation();
        dpopOn.setAttributes(Map.of(ClientSettings.DPOP_BOUND_TOKENS, "true"));
        assertThat(ClientRules.dpopViolation(REACT_FRONTEND.with(dpopOn), guard, "react-frontend")).isEmpty();
    }

    @Test
    void withoutRequireDpopBearerClientsKeepTheRules() {
        assertThat(ClientRules.dpopViolation(REACT_FRONTEND, GUARD, "react-frontend")).isEmpty();
    }
}
