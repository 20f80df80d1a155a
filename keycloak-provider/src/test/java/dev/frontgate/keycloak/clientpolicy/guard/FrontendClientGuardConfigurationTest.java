package dev.frontgate.keycloak.clientpolicy.guard;

import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the configuration the way Keycloak does: Jackson converts the profile's JSON into the executor's class. */
class FrontendClientGuardConfigurationTest {

    private static FrontendClientGuardConfiguration read(String json) throws Exception {
        return JsonSerialization.mapper.convertValue(JsonSerialization.mapper.readTree(json),
                FrontendClientGuardConfiguration.class);
    }

    @Test
    void readsBothSettingsFromTheProfileJson() throws Exception {
        FrontendClientGuardConfiguration configuration = read("""
                {"allowed-scopes": ["openid", "read", "write"], "path-wildcard-hosts": ["localhost"]}""");

        assertThat(configuration.settings().allowedScopes()).containsExactlyInAnyOrder("openid", "read", "write");
        assertThat(configuration.settings().pathWildcardHosts()).containsExactly("localhost");
        assertThat(configuration.validateConfig()).isTrue();
    }

    @Test
    void anEmptyConfigurationIsValidAndUsesTheDefaults() throws Exception {
        FrontendClientGuardConfiguration configuration = read("{}");

        assertThat(configuration.validateConfig()).isTrue();
        assertThat(configuration.settings()).isEqualTo(GuardSettings.DEFAULTS);
    }

    @Test
    void malformedValuesMakeTheConfigurationInvalid() throws Exception {
        assertThat(read("{\"allowed-scopes\": {\"read\": true}}").validateConfig()).isFalse();
        assertThat(read("{\"path-wildcard-hosts\": [\"https://*.example.com\"]}").validateConfig()).isFalse();
    }
}
