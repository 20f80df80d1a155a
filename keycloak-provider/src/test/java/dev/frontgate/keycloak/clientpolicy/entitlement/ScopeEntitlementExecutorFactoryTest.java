package dev.frontgate.keycloak.clientpolicy.entitlement;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeEntitlementExecutorFactoryTest {

    private final ScopeEntitlementExecutorFactory factory = new ScopeEntitlementExecutorFactory();

    @Test
    void everySettingExplainsItselfInTheConsole() {
        assertThat(factory.getConfigProperties())
                .extracting(ProviderConfigProperty::getName)
                .containsExactly(EntitlementSettings.SCOPE_ROLES, EntitlementSettings.ON_MISSING_ROLE);
        assertThat(factory.getConfigProperties()).allSatisfy(property -> {
            assertThat(property.getLabel()).isNotBlank();
            assertThat(property.getHelpText()).isNotBlank();
            assertThat(property.getDefaultValue()).isNotNull();
        });
        assertThat(factory.getConfigProperties().get(1).getOptions()).containsExactly("withhold", "refuse");
    }

    @Test
    void theConsoleDefaultsAreTheDefaultsUsedWhenAValueIsAbsent() {
        Object scopeRoles = factory.getConfigProperties().get(0).getDefaultValue();
        Object onMissingRole = factory.getConfigProperties().get(1).getDefaultValue();

        assertThat(EntitlementSettings.parse(scopeRoles, onMissingRole)).isEqualTo(EntitlementSettings.parse(null, null));
    }
}
