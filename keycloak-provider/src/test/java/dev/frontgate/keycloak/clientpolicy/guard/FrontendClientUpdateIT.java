package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealmTest;

/** Admin REST updates of react-frontend that would turn it away from a browser client are refused, and not saved. */
class FrontendClientUpdateIT extends FrontgateRealmTest {


    static Stream<Arguments> violatingChanges() {
        return Stream.of(
                change("making it confidential", client -> client.setPublicClient(false), "public-client"),
                change("enabling direct access grants", client -> client.setDirectAccessGrantsEnabled(true),
                        "no-direct-access-grants"),
                change("enabling the implicit flow", client -> client.setImplicitFlowEnabled(true),
                        "no-implicit-flow"),
                change("adding web origin *", client -> client.setWebOrigins(plus(client.getWebOrigins(), "*")),
                        "explicit-web-origins"),
                change("adding redirect https://*.example.com/*",
                        client -> client.setRedirectUris(plus(client.getRedirectUris(), "https://*.example.com/*")),
                        "no-host-wildcard"),
                change("switching PKCE to plain",
                        client -> client.getAttributes().put("pkce.code.challenge.method", "plain"), "pkce-s256"),
                change("switching DPoP-bound tokens off",
                        client -> client.getAttributes().put("dpop.bound.access.tokens", "false"), "require-dpop"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("violatingChanges")
    void aViolatingUpdateIsRefusedNamingTheRuleAndNothingIsSaved(String description,
            Consumer<ClientRepresentation> change, String rule) {
        ClientResource client = realm.client("react-frontend");
        ClientRepresentation before = client.toRepresentation();
        ClientRepresentation proposal = client.toRepresentation();
        change.accept(proposal);

        AdminRefusal refusal = AdminRefusal.of(() -> client.update(proposal));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("invalid_client_metadata").contains("rule '" + rule + "'");
        assertThat(client.toRepresentation()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void aCompliantUpdateIsSaved() {
        ClientResource client = realm.client("react-frontend");
        ClientRepresentation before = client.toRepresentation();
        ClientRepresentation proposal = client.toRepresentation();
        proposal.setDescription("changed by " + getClass().getSimpleName());
        try {
            client.update(proposal);

            assertThat(client.toRepresentation().getDescription()).isEqualTo(proposal.getDescription());
        } finally {
            client.update(before);
        }
    }

    private static Arguments change(String description, Consumer<ClientRepresentation> change, String rule) {
        return arguments(description, change, rule);
    }

    private static List<String> plus(List<String> values, String value) {
        List<String> result = new ArrayList<>(values);
        result.add(value);
        return result;
    }
}
