package dev.frontgate.testing.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;

class BackendChoiceTest {

    private static final String PROPERTY = "frontgate.keycloak.backend";

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void distributionIsTheDefaultAlsoWhenMavenLeftThePropertyUnresolved() {
        assertEquals(Settings.Backend.DISTRIBUTION, Settings.backend());
        System.setProperty(PROPERTY, "${frontgate.keycloak.backend}");
        assertEquals(Settings.Backend.DISTRIBUTION, Settings.backend());
    }

    @Test
    void containerIsChosenByName() {
        System.setProperty(PROPERTY, "container");
        assertEquals(Settings.Backend.CONTAINER, Settings.backend());
    }

    @Test
    void anUnknownBackendIsAnErrorNotASilentDefault() {
        System.setProperty(PROPERTY, "docker");
        assertThrows(IllegalArgumentException.class, Settings::backend);
    }

    @Test
    void withoutDockerTheContainerBackendAbortsAndSaysWhy() {
        Assumptions.assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
        TestAbortedException skipped = assertThrows(TestAbortedException.class, KeycloakContainerBackend::start);
        assertTrue(skipped.getMessage().contains("Docker is not available"), skipped.getMessage());
    }

    @Test
    void withoutDockerWithKeycloakClassesAreDisabledSoEachTestIsReportedAsSkipped() {
        Assumptions.assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
        System.setProperty(PROPERTY, "container");
        ConditionEvaluationResult result = new KeycloakExtension().evaluateExecutionCondition(null);
        assertTrue(result.isDisabled());
        assertTrue(result.getReason().orElseThrow().contains("Docker is not available"), result.toString());
    }

    @Test
    void theDistributionBackendNeverDisablesTests() {
        assertFalse(new KeycloakExtension().evaluateExecutionCondition(null).isDisabled());
    }
}
