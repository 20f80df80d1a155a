package dev.frontgate.keycloak.clientpolicy.entitlement;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class EntitlementDecisionTest {

    private static final EntitlementSettings WITHHOLD = EntitlementSettings.parse(null, null);
    private static final EntitlementSettings REFUSE = EntitlementSettings.parse(null, "refuse");

    private static Predicate<String> holds(String... roles) {
        return Set.of(roles)::contains;
    }

    private static final Predicate<String> KEYCLOAK_WITHHOLDS = scope -> true;

    @Test
    void anEditorGetsWriteWithoutRemark() {
        EntitlementDecision decision = EntitlementDecision.of("openid read write", WITHHOLD, holds("editor"),
                KEYCLOAK_WITHHOLDS);

        assertThat(decision.withheld()).isEmpty();
        assertThat(decision.refusal()).isEmpty();
    }

    @Test
    void aNonEditorAskingForWriteHasItWithheldWithTheReason() {
        EntitlementDecision decision = EntitlementDecision.of("openid read write", WITHHOLD, holds(),
                KEYCLOAK_WITHHOLDS);

        assertThat(decision.refusal()).isEmpty();
        assertThat(decision.withheld())
                .containsExactly("scope 'write' requires realm role 'editor', which the user does not hold");
    }

    @Test
    void aNonEditorNotAskingForWriteIsNotMentioned() {
        assertThat(EntitlementDecision.of("openid read", REFUSE, holds(), KEYCLOAK_WITHHOLDS).refusal()).isEmpty();
        assertThat(EntitlementDecision.of(null, REFUSE, holds(), KEYCLOAK_WITHHOLDS).refusal()).isEmpty();
    }

    @Test
    void withTheRefuseSettingANonEditorIsRefused() {
        EntitlementDecision decision = EntitlementDecision.of("openid write", REFUSE, holds(), KEYCLOAK_WITHHOLDS);

        assertThat(decision.refusal()).contains(
                "Scope entitlement: scope 'write' requires realm role 'editor', which the user does not hold");
    }

    @Test
    void withholdingThatKeycloakWouldNotDoBecomesARefusal() {
        EntitlementDecision decision = EntitlementDecision.of("openid write", WITHHOLD, holds(), scope -> false);

        assertThat(decision.withheld()).isEmpty();
        assertThat(decision.refusal()).hasValueSatisfying(refusal -> assertThat(refusal)
                .contains("client scope 'write' has no role scope mapping"));
    }

    @Test
    void everyConfiguredScopeIsChecked() {
        EntitlementSettings settings = EntitlementSettings.parse("write:editor groups:team-lead", null);

        EntitlementDecision decision = EntitlementDecision.of("openid write groups", settings, holds("editor"),
                KEYCLOAK_WITHHOLDS);

        assertThat(decision.withheld())
                .containsExactly("scope 'groups' requires realm role 'team-lead', which the user does not hold");
    }
}
