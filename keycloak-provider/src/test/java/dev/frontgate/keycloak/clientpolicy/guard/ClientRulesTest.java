package dev.frontgate.keycloak.clientpolicy.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRulesTest {

    /** A change to react-frontend and the rule that refuses it. */
    record Refused(String change, Consumer<ClientRepresentation> apply, String rule) {
        @Override
        public String toString() {
            return change;
        }
    }

    static Stream<Refused> refusedChanges() {
        return Stream.of(
                new Refused("confidential", client -> client.setPublicClient(false), "public-client"),
                new Refused("standard flow off", client -> client.setStandardFlowEnabled(false),
                        "standard-flow-required"),
                new Refused("implicit flow", client -> client.setImplicitFlowEnabled(true), "no-implicit-flow"),
                new Refused("password grant", client -> client.setDirectAccessGrantsEnabled(true),
                        "no-direct-access-grants"),
                new Refused("service account", client -> client.setServiceAccountsEnabled(true), "no-service-account"),
                new Refused("device grant", attribute("oauth2.device.authorization.grant.enabled", "true"),
                        "no-device-grant"),
                new Refused("CIBA", attribute("oidc.ciba.grant.enabled", "true"), "no-ciba-grant"),
                new Refused("PKCE plain", attribute("pkce.code.challenge.method", "plain"), "pkce-s256"),
                new Refused("PKCE none", attribute("pkce.code.challenge.method", ""), "pkce-s256"),
                new Refused("full scope", client -> client.setFullScopeAllowed(true), "no-full-scope"),
                new Refused("default scope write", client -> client.setDefaultClientScopes(List.of("basic", "write")),
                        "default-scopes"),
                new Refused("optional scope offline_access",
                        client -> client.setOptionalClientScopes(List.of("read", "offline_access")), "optional-scopes"),
                new Refused("own hard-coded scope claim",
                        client -> client.setProtocolMappers(List.of(hardcodedScope())),
                        "no-own-protocol-mappers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedChanges")
    void aChangeBreakingARuleIsRefusedNamingIt(Refused refused) {
        assertThat(refusalOf(refused.apply())).contains("rule '" + refused.rule() + "'");
    }

    @Test
    void theRealmsFrontendClientKeepsEveryRule() {
        assertThat(refusalOf(client -> { })).isEqualTo("accepted");
    }

    @Test
    void aNewClientThatSendsNothingIsConfidentialLikeKeycloaksDefault() {
        assertThat(ClientRules.firstViolation(ClientSettings.NEW_CLIENT, FrontendClients.GUARD))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("rule 'public-client'"));
    }

    static String refusalOf(Consumer<ClientRepresentation> change) {
        ClientRepresentation client = FrontendClients.reactFrontend();
        change.accept(client);
        return ClientRules.firstViolation(ClientSettings.of(client), FrontendClients.GUARD).orElse("accepted");
    }

    static Consumer<ClientRepresentation> attribute(String name, String value) {
        return client -> client.getAttributes().put(name, value);
    }

    private static ProtocolMapperRepresentation hardcodedScope() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("scope");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-hardcoded-claim-mapper");
        mapper.setConfig(Map.of("claim.name", "scope", "claim.value", "read write", "access.token.claim", "true"));
        return mapper;
    }

    @Test
    void withRequireDpopAClientWithoutDpopBoundTokensIsRefused() {
        GuardSettings guard = GuardSettings.parse(Map.of(GuardSettings.REQUIRE_DPOP, "true",
                GuardSettings.DPOP_EXEMPT_CLIENTS, List.of("api-docs")));
        ClientSettings bearerOnly = withoutDpop();

        assertThat(ClientRules.dpopViolation(bearerOnly, guard, "react-frontend")).hasValueSatisfying(
                refusal -> assertThat(refusal).contains("rule 'require-dpop'", "DPoP-bound access tokens are off"));
        assertThat(ClientRules.dpopViolation(bearerOnly, guard, "api-docs")).as("exempt").isEmpty();
        assertThat(ClientRules.dpopViolation(ClientSettings.of(FrontendClients.reactFrontend()), guard,
                "react-frontend")).isEmpty();
    }

    @Test
    void withoutRequireDpopBearerClientsKeepTheRules() {
        assertThat(ClientRules.dpopViolation(withoutDpop(), GuardSettings.DEFAULTS, "react-frontend")).isEmpty();
    }

    private static ClientSettings withoutDpop() {
        ClientRepresentation client = FrontendClients.reactFrontend();
        client.getAttributes().remove("dpop.bound.access.tokens");
        return ClientSettings.of(client);
    }
}
