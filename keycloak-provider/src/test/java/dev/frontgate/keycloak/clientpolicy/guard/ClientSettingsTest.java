package dev.frontgate.keycloak.clientpolicy.guard;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSettingsTest {

    private static final ClientSettings CURRENT = ClientSettings.of(FrontendClients.reactFrontend());

    @Test
    void fieldsTheProposalLeavesOutKeepTheirCurrentValue() {
        ClientRepresentation proposal = new ClientRepresentation();
        proposal.setWebOrigins(List.of("https://app.example.com"));

        ClientSettings merged = CURRENT.with(proposal);

        assertThat(merged.urls().webOrigins()).containsExactly("https://app.example.com");
        assertThat(merged.urls().redirectUris()).isEqualTo(CURRENT.urls().redirectUris());
        assertThat(merged.publicClient()).isTrue();
        assertThat(merged.fullScopeAllowed()).isFalse();
        assertThat(merged.oidc().getPkceCodeChallengeMethod()).isEqualTo("S256");
        assertThat(merged.optionalScopes()).containsExactly("read", "write", "groups");
    }

    @Test
    void proposedAttributesReplaceOrRemoveOnlyTheirOwnKeys() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("pkce.code.challenge.method", null);
        attributes.put("frontchannel.logout.url", "http://localhost:5173/logout");
        ClientRepresentation proposal = new ClientRepresentation();
        proposal.setAttributes(attributes);

        ClientSettings merged = CURRENT.with(proposal);

        assertThat(merged.oidc().getPkceCodeChallengeMethod()).isNull();
        assertThat(merged.oidc().getFrontChannelLogoutUrl()).isEqualTo("http://localhost:5173/logout");
        assertThat(merged.oidc().getBackchannelLogoutUrl()).isEqualTo(FrontendClients.BACKCHANNEL);
    }

    @Test
    void aClearedUrlFieldIsAbsent() {
        ClientRepresentation proposal = new ClientRepresentation();
        proposal.setAdminUrl("");

        assertThat(CURRENT.with(proposal).urls().adminUrl()).isNull();
    }
}
