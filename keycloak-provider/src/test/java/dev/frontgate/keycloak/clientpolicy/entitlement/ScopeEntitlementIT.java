package dev.frontgate.keycloak.clientpolicy.entitlement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontgate.keycloak.it.FrontgateRealmTest;
import dev.frontgate.keycloak.it.KeycloakLog;
import dev.frontgate.testing.keycloak.PkceFlow;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientProfileRepresentation;
import org.keycloak.representations.idm.EventRepresentation;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** write goes only to editors: alice (group editors) gets it, bob gets a token without it or, if so set, nothing. */
class ScopeEntitlementIT extends FrontgateRealmTest {

    private static final String BOBS_REASON = "Scope entitlement: withheld from user 'bob' of client 'react-frontend': "
            + "scope 'write' requires realm role 'editor', which the user does not hold";


    @Test
    void anEditorGetsWrite() {
        assertThat(keycloak.pkce().login("alice", "openid read write").scopes()).contains("read", "write");
    }

    @Test
    void aNonEditorGetsATokenWithoutWriteAndTheLogSaysWhy() throws InterruptedException {
        KeycloakLog log = KeycloakLog.fromNow(keycloak);

        List<String> scopes = keycloak.pkce().login("bob", "openid read write").scopes();

        assertThat(scopes).contains("read").doesNotContain("write");
        assertThat(log.shows(BOBS_REASON)).as("Keycloak's log explains the missing write scope").isTrue();
    }

    @Test
    void withTheRefuseSettingANonEditorIsRefusedAndTheEventSaysWhy() {
        realm.withProfile(profile -> onMissingRole(profile, "refuse"), () -> {
            HttpResponse<String> bob = keycloak.pkce().codeExchange("bob", "openid read write");
            List<String> alicesScopes = keycloak.pkce().login("alice", "openid read write").scopes();

            assertThat(bob.statusCode()).isEqualTo(400);
            assertThat(bob.body()).contains("Scope entitlement: scope 'write' requires realm role 'editor'")
                    .doesNotContain("access_token");
            assertThat(alicesScopes).contains("write");
            assertThat(lastCodeToTokenError("bob").getDetails())
                    .containsEntry("client_policy_error", "access_denied")
                    .hasEntrySatisfying("client_policy_error_detail",
                            detail -> assertThat(detail).contains("requires realm role 'editor'"));
        });
    }

    private static void onMissingRole(ClientProfileRepresentation profile, String action) {
        profile.getExecutors().stream()
                .filter(executor -> executor.getExecutorProviderId().equals(ScopeEntitlementExecutorFactory.PROVIDER_ID))
                .forEach(executor -> ((ObjectNode) executor.getConfiguration()).put("on-missing-role", action));
    }

    private static EventRepresentation lastCodeToTokenError(String username) {
        String userId = realm.resource().users().search(username, true).get(0).getId();
        List<EventRepresentation> events = realm.resource().getEvents(List.of("CODE_TO_TOKEN_ERROR"),
                PkceFlow.FRONTEND_CLIENT, userId, null, null, null, 0, 1);
        assertThat(events).as("CODE_TO_TOKEN_ERROR events of " + username).isNotEmpty();
        return events.get(0);
    }
}
