package dev.frontgate.keycloak.clientpolicy.entitlement;

import dev.frontgate.keycloak.clientpolicy.ExecutorConfiguration;

import java.util.Map;

/** Scope entitlement's configuration as stored in the realm's client profiles. */
public class ScopeEntitlementConfiguration extends ExecutorConfiguration<EntitlementSettings> {

    @Override
    protected EntitlementSettings parse(Map<String, Object> values) {
        return EntitlementSettings.parse(values.get(EntitlementSettings.SCOPE_ROLES),
                values.get(EntitlementSettings.ON_MISSING_ROLE));
    }
}
