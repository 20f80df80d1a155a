package dev.frontgate.keycloak.clientpolicy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;

import java.util.List;
import java.util.Map;

/**
 * An executor's configuration as the realm's client profile stores it. Keycloak's base class keeps every value raw,
 * by setting name, so that a malformed value reaches {@link #settings()} and is reported by name instead of failing
 * inside Jackson; the console refuses to save a configuration whose settings report a problem.
 */
public abstract class ExecutorConfiguration<S extends ExecutorConfiguration.Settings>
        extends ClientPolicyExecutorConfigurationRepresentation {

    /** Settings parsed from the raw values, with the problems found on the way. */
    public interface Settings {
        List<String> problems();
    }

    /** The executor's settings; absent values take their defaults. */
    @JsonIgnore
    public S settings() {
        return parse(getConfigAsMap() == null ? Map.of() : getConfigAsMap());
    }

    protected abstract S parse(Map<String, Object> values);

    /** Keycloak calls this before it saves a client profile; a false answer refuses the change. */
    @Override
    public boolean validateConfig() {
        return settings().problems().isEmpty();
    }
}
