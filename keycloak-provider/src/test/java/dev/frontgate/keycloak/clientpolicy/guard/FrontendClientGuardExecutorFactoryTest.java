package dev.frontgate.keycloak.clientpolicy.guard;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FrontendClientGuardExecutorFactoryTest {

    private final FrontendClientGuardExecutorFactory factory = new FrontendClientGuardExecutorFactory();

    @Test
    void everySettingExplainsItselfInTheConsole() {
        assertThat(factory.getConfigProperties())
                .extracting(ProviderConfigProperty::getName)
                .containsExactly(GuardSettings.ALLOWED_SCOPES, GuardSettings.DEFAULT_SCOPES,
                        GuardSettings.PATH_WILDCARD_HOSTS, GuardSettings.BACKCHANNEL_LOGOUT_URL,
                        GuardSettings.EXEMPT_CLIENTS, GuardSettings.REQUIRE_DPOP,
                        GuardSettings.DPOP_EXEMPT_CLIENTS);
        assertThat(factory.getConfigProperties()).allSatisfy(property -> {
            assertThat(property.getLabel()).isNotBlank();
            assertThat(property.getHelpText()).isNotBlank();
            assertThat(property.getDefaultValue()).isNotNull();
        });
    }

    @Test
    void theConsoleDefaultsAreTheDefaultsUsedWhenAValueIsAbsent() {
        Map<String, Object> consoleDefaults = new HashMap<>();
        factory.getConfigProperties().forEach(property -> consoleDefaults.put(property.getName(),
                property.getDefaultValue()));

        assertThat(GuardSettings.parse(consoleDefaults)).isEqualTo(GuardSettings.DEFAULTS);
    }
}
