package dev.frontgate.stack.compose;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml is a valid Compose file that starts its services in order and publishes only on loopback. */
class ComposeFileValidationTest {

    private static final ComposeFile compose = Checkout.compose();

    @Test
    void dockerComposeAcceptsTheFileOnceTheAdminPasswordIsSet() throws Exception {
        Config config = config(Map.of("KEYCLOAK_ADMIN_PASSWORD", "chosen-by-the-operator"));

        assertThat(config.exitValue()).as("docker-compose config -q said: %s", config.output()).isZero();
    }

    /** Outside the local dev stack there is no default admin password: Compose stops and says what to set. */
    @Test
    void withoutAnAdminPasswordComposeRefusesToStartAndSaysWhy() throws Exception {
        Config config = config(Map.of());

        assertThat(config.exitValue()).isNotZero();
        assertThat(config.output()).contains("set KEYCLOAK_ADMIN_PASSWORD");
        assertThat(compose.service("keycloak").get("environment").toString())
                .contains("KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:?");
    }

    private record Config(int exitValue, String output) {
    }

    private static Config config(Map<String, String> environment) throws Exception {
        Optional<Path> binary = onPath("docker-compose");
        Assumptions.assumeTrue(binary.isPresent(), "docker-compose is not installed: the schema check of"
                + " docker-compose.yml is skipped (Debian: apt-get install docker-compose)");
        ProcessBuilder builder = new ProcessBuilder(binary.get().toString(), "--file", "docker-compose.yml", "config",
                "-q").directory(Checkout.root().toFile()).redirectErrorStream(true);
        builder.environment().remove("KEYCLOAK_ADMIN_PASSWORD");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config finished").isTrue();
        return new Config(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void publishedPortsListenOnLoopbackOnly() {
        for (String service : compose.serviceNames()) {
            assertThat(compose.ports(service)).as("ports of %s", service).allMatch(p -> p.startsWith("127.0.0.1:"));
        }
    }

    @Test
    void servicesWaitUntilWhatTheyNeedIsHealthy() {
        for (String service : compose.serviceNames()) {
            Object dependsOn = compose.service(service).get("depends_on");
            if (dependsOn == null) {
                continue;
            }
            assertThat(dependsOn).as("depends_on of %s uses conditions", service).isInstanceOf(Map.class);
            ((Map<?, ?>) dependsOn).forEach((dependency, condition) -> {
                assertThat(((Map<?, ?>) condition).get("condition")).isEqualTo("service_healthy");
                assertThat(compose.service(dependency.toString())).as("%s has a healthcheck", dependency)
                        .containsKey("healthcheck");
            });
        }
        assertThat(compose.service("api-service").get("depends_on")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKeys("postgres", "keycloak");
    }

    private static Optional<Path> onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }
}
