package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealmTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Admin REST updates of react-frontend that would turn it away from a browser client are refused, and not saved. */
class FrontendClientUpdateIT extends FrontgateRealmTest {


    static Stream<Arguments> violatingChanges() {
        return Stream.of(
                change("making it confidential", client -> client.setPublicClient(false), "public-client"),
                change("enabling direct access grants", client -> client.setDirectAccessGrantsEnabled(true),
                        "no-direct-access-grants"),
                change("enabling the implicit flow", client -> client.setImplicitFlowEnabled(true),
                        "no-implicit-flow"),
                change("allowing full scope", client -> client.setFullScopeAllowed(true), "no-full-scope"),
                change("adding web origin *", client -> client.setWebOrigins(plus(client.getWebOrigins(), "*")),
                        "explicit-web-origins"),
                change("adding web origin null", client -> client.setWebOrigins(plus(client.getWebOrigins(), "null")),
                        "explicit-web-origins"),
                change("adding redirect https://*.example.com/*",
                        client -> client.setRedirectUris(plus(client.getRedirectUris(), "https://*.example.com/*")),
                        "no-host-wildcard"),
                change("adding redirect http://localhost:5173.evil.example/*", client -> client.setRedirectUris(
                        plus(client.getRedirectUris(), "http://localhost:5173.evil.example/*")), "well-formed-urls"),
                change("adding redirect with user info", client -> client.setRedirectUris(
                        plus(client.getRedirectUris(), "http://localhost:5173@evil.example/cb")), "well-formed-urls"),
                change("post-logout redirect *", attribute("post.logout.redirect.uris", "*"), "no-host-wildcard"),
                change("post-logout redirect to a foreign host with a wildcard",
                        attribute("post.logout.redirect.uris", "https://evil.example/*"), "path-wildcard-hosts"),
                change("front-channel logout URL with a wildcard",
                        attribute("frontchannel.logout.url", "http://localhost:5173/*"), "exact-urls"),
                change("another back-channel logout URL",
                        attribute("backchannel.logout.url", "https://evil.example/backchannel-logout"),
                        "backchannel-logout-url"),
                change("admin URL with a wildcard host", client -> client.setAdminUrl("https://*.evil.example"),
                        "no-host-wildcard"),
                change("base URL with a backslash", client -> client.setBaseUrl("https://evil.example\\@localhost/"),
                        "well-formed-urls"),
                change("root URL on a look-alike host", client -> client.setRootUrl("http://locаlhost:5173"),
                        "well-formed-urls"),
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

    /** An update that sends one field only: Keycloak keeps the rest, and the guard judges the client with the rest. */
    @Test
    void aPartialUpdateLeavingOutPublicClientIsJudgedOnTheSavedClient() {
        ClientResource client = realm.client("react-frontend");
        ClientRepresentation before = client.toRepresentation();
        ClientRepresentation onlyTheGrant = new ClientRepresentation();
        onlyTheGrant.setDirectAccessGrantsEnabled(true);

        AdminRefusal refusal = AdminRefusal.of(() -> client.update(onlyTheGrant));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("rule 'no-direct-access-grants'");
        assertThat(client.toRepresentation()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void theConfiguredBackchannelLogoutUrlWithSessionIsAccepted() {
        ClientResource client = realm.client("react-frontend");
        ClientRepresentation before = client.toRepresentation();
        ClientRepresentation proposal = client.toRepresentation();
        proposal.getAttributes().put("backchannel.logout.url", "http://localhost:8280/backchannel-logout");
        proposal.getAttributes().put("backchannel.logout.session.required", "true");
        try {
            client.update(proposal);

            assertThat(client.toRepresentation().getAttributes())
                    .containsEntry("backchannel.logout.url", "http://localhost:8280/backchannel-logout");
        } finally {
            // An update keeps attributes it does not name; an empty value clears the URL again.
            before.getAttributes().putIfAbsent("backchannel.logout.url", "");
            client.update(before);
        }
    }

    private static Consumer<ClientRepresentation> attribute(String name, String value) {
        return client -> client.getAttributes().put(name, value);
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
