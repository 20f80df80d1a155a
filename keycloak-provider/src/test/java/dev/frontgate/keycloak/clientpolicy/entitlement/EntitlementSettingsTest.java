package dev.frontgate.keycloak.clientpolicy.entitlement;

import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntitlementSettingsTest {

    private static EntitlementSettings read(String json) throws Exception {
        return JsonSerialization.mapper.convertValue(JsonSerialization.mapper.readTree(json),
                ScopeEntitlementConfiguration.class).settings();
    }

    @Test
    void absentValuesMeanWriteNeedsEditorAndWithhold() throws Exception {
        EntitlementSettings settings = read("{}");

        assertThat(settings.requirements()).containsExactly(new ScopeRoleRequirement("write", "editor"));
        assertThat(settings.onMissingRole()).isEqualTo(MissingRoleAction.WITHHOLD);
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void readsSeveralRequirementsAndTheRefuseSetting() throws Exception {
        EntitlementSettings settings = read("""
                {"scope-roles": ["write:editor", "groups:team-lead"], "on-missing-role": "Refuse"}""");

        assertThat(settings.requirements()).containsExactly(new ScopeRoleRequirement("write", "editor"),
                new ScopeRoleRequirement("groups", "team-lead"));
        assertThat(settings.onMissingRole()).isEqualTo(MissingRoleAction.REFUSE);
    }

    @Test
    void anEmptyListRequiresNothing() {
        assertThat(EntitlementSettings.parse(List.of(), null).requirements()).isEmpty();
    }

    @Test
    void entriesWithoutScopeOrRoleAreMalformed() {
        EntitlementSettings settings = EntitlementSettings.parse(List.of("write=editor", ":editor", "write:", "ok:r"),
                null);

        assertThat(settings.requirements()).containsExactly(new ScopeRoleRequirement("ok", "r"));
        assertThat(settings.problems()).hasSize(3).allMatch(problem -> problem.startsWith("'scope-roles'"));
    }

    @Test
    void anUnknownActionIsMalformedAndFailsClosed() throws Exception {
        EntitlementSettings settings = read("{\"on-missing-role\": \"ignore\"}");

        assertThat(settings.onMissingRole()).isEqualTo(MissingRoleAction.REFUSE);
        assertThat(settings.problems()).containsExactly("'on-missing-role' is one of [withhold, refuse], not ignore");
    }

    @Test
    void aNonStringActionIsMalformedAndFailsClosed() {
        EntitlementSettings settings = EntitlementSettings.parse(null, true);

        assertThat(settings.onMissingRole()).isEqualTo(MissingRoleAction.REFUSE);
        assertThat(settings.problems()).hasSize(1);
    }

    @Test
    void theConsoleRefusesToSaveMalformedSettings() throws Exception {
        ScopeEntitlementConfiguration configuration = JsonSerialization.mapper.readValue(
                "{\"scope-roles\": \"write\"}", ScopeEntitlementConfiguration.class);

        assertThat(configuration.validateConfig()).isFalse();
    }
}
