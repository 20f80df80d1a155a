package dev.frontgate.testing.keycloak;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackendChoiceTest {

    private static final String PROPERTY = "frontgate.keycloak.backend";

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void distributionIsTheDefaultAlsoWhenMavenLeftThePropertyUnresolved() {
        assertThat(Settings.backend()).isEqualTo(Settings.Backend.DISTRIBUTION);
        System.setProperty(PROPERTY, "${frontgate.keycloak.backend}");
        assertThat(Settings.backend()).isEqualTo(Settings.Backend.DISTRIBUTION);
    }

    @Test
    void containerIsChosenByName() {
        System.setProperty(PROPERTY, "container");
        assertThat(Settings.backend()).isEqualTo(Settings.Backend.CONTAINER);
    }

    @Test
    void anUnknownBackendIsAnErrorNotASilentDefault() {
        System.setProperty(PROPERTY, "docker");
        assertThatThrownBy(Settings::backend).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutDockerTheContainerBackendAbortsAndSaysWhy() {
        Assumptions.assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
        assertThatThrownBy(KeycloakContainerBackend::start)
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("Docker is not available");
    }

    @Test
    void withoutDockerWithKeycloakClassesAreDisabledSoEachTestIsReportedAsSkipped() {
        Assumptions.assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
        System.setProperty(PROPERTY, "container");
        ConditionEvaluationResult result = new KeycloakExtension().evaluateExecutionCondition(null);
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason().orElseThrow()).as(result.toString()).contains("Docker is not available");
    }

    @Test
    void theDistributionBackendNeverDisablesTests() {
        assertThat(new KeycloakExtension().evaluateExecutionCondition(null).isDisabled()).isFalse();
    }
}
