package dev.frontgate.stack.env;

import dev.frontgate.testing.keycloak.ProjectLayout;
import dev.frontgate.testing.keycloak.StackEnv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher takes its settings from frontgate.env and the root pom, and the environment still wins. */
class LauncherSettingsTest {

    private static final Path ROOT = ProjectLayout.root();

    @Test
    void launcherReadsTheEnvFileAndThePomsKeycloakVersion() throws Exception {
        Map<String, String> settings = launcherSettings(Map.of());
        assertThat(settings).containsEntry("ISSUER", StackEnv.issuer())
                .containsEntry("API_URL", StackEnv.apiUrl())
                .containsEntry("CLIENT_ID", StackEnv.clientId())
                .containsEntry("REDIRECT_URI", StackEnv.redirectUri())
                .containsEntry("APP_URL", StackEnv.appUrl());
        assertThat(Files.readString(ROOT.resolve("pom.xml")))
                .contains("<keycloak.version>" + settings.get("KEYCLOAK_VERSION") + "</keycloak.version>");
    }

    @Test
    void theEnvironmentOverridesTheEnvFile() throws Exception {
        Map<String, String> settings = launcherSettings(Map.of("FRONTGATE_KEYCLOAK_PORT", "18180"));
        assertThat(settings.get("ISSUER")).isEqualTo("http://localhost:18180/realms/" + StackEnv.realm());
    }

    /** The launcher's settings as launcher/common.sh computes them, one {@code NAME=value} line each. */
    private static Map<String, String> launcherSettings(Map<String, String> environment)
            throws IOException, InterruptedException {
        String script = "ROOT=\"$1\"; source \"$ROOT/launcher/common.sh\"; for name in KEYCLOAK_VERSION ISSUER API_URL"
                + " CLIENT_ID REDIRECT_URI APP_URL; do printf '%s=%s\\n' \"$name\" \"${!name}\"; done";
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script, "settings", ROOT.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("FRONTGATE_"));
        builder.environment().putAll(environment);
        Process bash = builder.redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output.lines().map(line -> line.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }
}
