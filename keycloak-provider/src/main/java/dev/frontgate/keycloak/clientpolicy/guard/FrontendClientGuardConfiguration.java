package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.clientpolicy.ExecutorConfiguration;

import java.util.Map;

/** The frontend client guard's configuration as stored in the realm's client profiles. */
public class FrontendClientGuardConfiguration extends ExecutorConfiguration<GuardSettings> {

    @Override
    protected GuardSettings parse(Map<String, Object> values) {
        return GuardSettings.parse(values);
    }
}
