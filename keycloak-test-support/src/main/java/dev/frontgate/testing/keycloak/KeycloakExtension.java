package dev.frontgate.testing.keycloak;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the shared Keycloak before the first test class that needs it and injects it as a parameter. Where the chosen
 * Keycloak cannot run (the container backend without Docker) the class is disabled, so that JUnit reports each of its
 * tests as skipped with the reason; an abort in {@code beforeAll} would leave them out of the report.
 */
public final class KeycloakExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return KeycloakServer.unavailableReason().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("Keycloak can run here"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        KeycloakServer.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KeycloakServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return KeycloakServer.shared();
    }
}
