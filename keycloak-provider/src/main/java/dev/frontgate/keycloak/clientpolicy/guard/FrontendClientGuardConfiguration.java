package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.Map;

import dev.frontgate.keycloak.clientpolicy.ExecutorConfiguration;

/** The frontend client guard's configuration as stored in the realm's client profiles. */
public class FrontendClientGuardConfiguration extends ExecutorConfiguration<GuardSettings> {

    @Override
    protected GuardSettings parse(Map<String, Object> values) {
        return GuardSettings.parse(values);
    }
}
