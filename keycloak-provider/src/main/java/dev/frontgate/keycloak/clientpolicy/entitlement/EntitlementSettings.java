package dev.frontgate.keycloak.clientpolicy.entitlement;

import dev.frontgate.keycloak.clientpolicy.ConfigValues;
import dev.frontgate.keycloak.clientpolicy.ExecutorConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scope entitlement settings for one client profile. Absent values take the defaults ({@code write:editor},
 * withhold). Malformed values are listed in {@link #problems()} so the console refuses them; if one is stored anyway,
 * the executor fails closed: a malformed action means refuse.
 */
public record EntitlementSettings(List<ScopeRoleRequirement> requirements, MissingRoleAction onMissingRole,
        List<String> problems) implements ExecutorConfiguration.Settings {

    public static final String SCOPE_ROLES = "scope-roles";
    public static final String ON_MISSING_ROLE = "on-missing-role";

    public static final List<String> DEFAULT_SCOPE_ROLES = List.of("write:editor");
    public static final MissingRoleAction DEFAULT_ON_MISSING_ROLE = MissingRoleAction.WITHHOLD;

    public EntitlementSettings {
        requirements = List.copyOf(requirements);
        problems = List.copyOf(problems);
    }

    public static EntitlementSettings parse(Object scopeRolesValue, Object onMissingRoleValue) {
        List<String> problems = new ArrayList<>();
        List<String> entries = scopeRolesValue == null
                ? DEFAULT_SCOPE_ROLES
                : ConfigValues.words(SCOPE_ROLES, scopeRolesValue, problems);
        List<ScopeRoleRequirement> requirements = new ArrayList<>();
        for (String entry : entries) {
            ScopeRoleRequirement.parse(entry).ifPresentOrElse(requirements::add,
                    () -> problems.add("'" + SCOPE_ROLES + "' entries are scope:role, not " + entry));
        }
        return new EntitlementSettings(requirements, action(onMissingRoleValue, problems), problems);
    }

    private static MissingRoleAction action(Object value, List<String> problems) {
        int before = problems.size();
        Optional<String> text = ConfigValues.single(ON_MISSING_ROLE, value, problems);
        if (problems.size() > before) {
            return MissingRoleAction.REFUSE;
        }
        if (text.isEmpty()) {
            return DEFAULT_ON_MISSING_ROLE;
        }
        return MissingRoleAction.of(text.get()).orElseGet(() -> {
            problems.add("'" + ON_MISSING_ROLE + "' is one of " + MissingRoleAction.choices()
                    + ", not " + text.get());
            return MissingRoleAction.REFUSE;
        });
    }
}
