package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

class FrontendClientGuardExecutorFactoryTest {

    private final FrontendClientGuardExecutorFactory factory = new FrontendClientGuardExecutorFactory();

    @Test
    void everySettingExplainsItselfInTheConsole() {
        assertThat(factory.getConfigProperties())
                .extracting(ProviderConfigProperty::getName)
                .containsExactly(GuardSettings.ALLOWED_SCOPES, GuardSettings.PATH_WILDCARD_HOSTS,
                        GuardSettings.REQUIRE_DPOP, GuardSettings.DPOP_EXEMPT_CLIENTS);
        assertThat(factory.getConfigProperties()).allSatisfy(property -> {
            assertThat(property.getLabel()).isNotBlank();
            assertThat(property.getHelpText()).isNotBlank();
            assertThat(property.getDefaultValue()).isNotNull();
        });
    }

    @Test
    void theConsoleDefaultsAreTheDefaultsUsedWhenAValueIsAbsent() {
        Object scopes = factory.getConfigProperties().get(0).getDefaultValue();
        Object hosts = factory.getConfigProperties().get(1).getDefaultValue();
        Object requireDpop = factory.getConfigProperties().get(2).getDefaultValue();
        Object exempt = factory.getConfigProperties().get(3).getDefaultValue();

        assertThat(GuardSettings.parse(scopes, hosts, requireDpop, exempt)).isEqualTo(GuardSettings.parse(null, null));
    }
}
