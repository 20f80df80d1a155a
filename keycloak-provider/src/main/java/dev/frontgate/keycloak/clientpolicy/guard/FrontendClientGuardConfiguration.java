package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The executor configuration as stored in the realm's client profiles. Values are kept raw ({@code Object}) so that a
 * malformed value reaches {@link GuardSettings} and is reported by name instead of failing inside Jackson.
 */
public class FrontendClientGuardConfiguration extends ClientPolicyExecutorConfigurationRepresentation {

    @JsonProperty(GuardSettings.ALLOWED_SCOPES)
    private Object allowedScopes;

    @JsonProperty(GuardSettings.PATH_WILDCARD_HOSTS)
    private Object pathWildcardHosts;

    @JsonProperty(GuardSettings.REQUIRE_DPOP)
    private Object requireDpop;

    @JsonProperty(GuardSettings.DPOP_EXEMPT_CLIENTS)
    private Object dpopExemptClients;

    public Object getAllowedScopes() {
        return allowedScopes;
    }

    public void setAllowedScopes(Object allowedScopes) {
        this.allowedScopes = allowedScopes;
    }

    public Object getPathWildcardHosts() {
        return pathWildcardHosts;
    }

    public void setPathWildcardHosts(Object pathWildcardHosts) {
        this.pathWildcardHosts = pathWildcardHosts;
    }

    public Object getRequireDpop() {
        return requireDpop;
    }

    public void setRequireDpop(Object requireDpop) {
        this.requireDpop = requireDpop;
    }

    public Object getDpopExemptClients() {
        return dpopExemptClients;
    }

    public void setDpopExemptClients(Object dpopExemptClients) {
        this.dpopExemptClients = dpopExemptClients;
    }

    @JsonIgnore
    public GuardSettings settings() {
        return GuardSettings.parse(allowedScopes, pathWildcardHosts, requireDpop, dpopExemptClients);
    }

    /** Keycloak calls this before it saves a client profile; a false answer refuses the change. */
    @Override
    public boolean validateConfig() {
        return settings().problems().isEmpty();
    }
}
