package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;

class ClientSettingsTest {

    private static final ClientSettings CURRENT = new ClientSettings(true, true, false, false, false,
            "http://localhost:5173", List.of("http://localhost:5173/*"), List.of("http://localhost:5173"),
            Map.of(ClientSettings.PKCE_METHOD, "S256", "other", "x"));

    @Test
    void fieldsTheProposalLeavesOutKeepTheirCurrentValue() {
        ClientRepresentation proposal = new ClientRepresentation();
        proposal.setWebOrigins(List.of("https://app.example.com"));

        ClientSettings merged = CURRENT.with(proposal);

        assertThat(merged.webOrigins()).containsExactly("https://app.example.com");
        assertThat(merged.redirectUris()).isEqualTo(CURRENT.redirectUris());
        assertThat(merged.publicClient()).isTrue();
        assertThat(merged.attribute(ClientSettings.PKCE_METHOD)).isEqualTo("S256");
    }

    @Test
    void proposedAttributesReplaceOrRemoveOnlyTheirOwnKeys() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(ClientSettings.PKCE_METHOD, null);
        attributes.put(ClientSettings.DEVICE_GRANT, "true");
        ClientRepresentation proposal = new ClientRepresentation();
        proposal.setAttributes(attributes);

        ClientSettings merged = CURRENT.with(proposal);

        assertThat(merged.attribute(ClientSettings.PKCE_METHOD)).isNull();
        assertThat(merged.attributeIsTrue(ClientSettings.DEVICE_GRANT)).isTrue();
        assertThat(merged.attribute("other")).isEqualTo("x");
    }

    @Test
    void aNewClientThatSendsNothingIsConfidentialLikeKeycloaksDefault() {
        ClientSettings created = ClientSettings.NEW_CLIENT.with(new ClientRepresentation());

        assertThat(created.publicClient()).isFalse();
        assertThat(created.standardFlow()).isTrue();
        assertThat(ClientRules.firstViolation(created, GuardSettings.parse(null, null)))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("rule 'public-client'"));
    }
}
