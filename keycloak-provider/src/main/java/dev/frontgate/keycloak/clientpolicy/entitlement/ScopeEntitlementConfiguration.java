package dev.frontgate.keycloak.clientpolicy.entitlement;

import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The executor configuration as stored in the realm's client profiles. Values are kept raw ({@code Object}) so that a
 * malformed value reaches {@link EntitlementSettings} and is reported by name instead of failing inside Jackson.
 */
public class ScopeEntitlementConfiguration extends ClientPolicyExecutorConfigurationRepresentation {

    @JsonProperty(EntitlementSettings.SCOPE_ROLES)
    private Object scopeRoles;

    @JsonProperty(EntitlementSettings.ON_MISSING_ROLE)
    private Object onMissingRole;

    public Object getScopeRoles() {
        return scopeRoles;
    }

    public void setScopeRoles(Object scopeRoles) {
        this.scopeRoles = scopeRoles;
    }

    public Object getOnMissingRole() {
        return onMissingRole;
    }

    public void setOnMissingRole(Object onMissingRole) {
        this.onMissingRole = onMissingRole;
    }

    @JsonIgnore
    public EntitlementSettings settings() {
        return EntitlementSettings.parse(scopeRoles, onMissingRole);
    }

    /** Keycloak calls this before it saves a client profile; a false answer refuses the change. */
    @Override
    public boolean validateConfig() {
        return settings().problems().isEmpty();
    }
}
