package dev.frontgate.api.ha;

import dev.frontgate.api.support.Api;
import dev.frontgate.testing.keycloak.ProjectLayout;
import dev.frontgate.testing.keycloak.RunningStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The HA stack under test ({@code ./frontgate up --ha}, found through its stack.env) and the launcher commands the
 * drills use on it: kill (SIGKILL), start (rejoin), status, apply-realm. The launcher runs with this JVM's
 * environment, so FRONTGATE_HOME and the ports are the ones the stack was started with.
 */
public final class HaStack {

    private final RunningStack env = RunningStack.read();

    public RunningStack env() {
        return env;
    }

    public String launcher(String... arguments) {
        return launcher(Map.of(), arguments);
    }

    /** Runs {@code ./frontgate <arguments>} and returns what it printed; a non-zero exit fails the test. */
    public String launcher(Map<String, String> environment, String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = ProjectLayout.root().resolve("frontgate").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The nodes HAProxy sent GETs of {@code path} to (its X-Frontgate-Node response header), asked until
     * {@code node} is among them or 30 s passed (HAProxy takes a node back after two good health checks).
     */
    public Set<String> nodesServing(Api api, String path, String node) throws InterruptedException {
        Set<String> nodes = new TreeSet<>();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!nodes.contains(node) && Instant.now().isBefore(deadline)) {
            api.get(path, null).headers().firstValue("X-Frontgate-Node").ifPresent(nodes::add);
            Thread.sleep(100);
        }
        return nodes;
    }
}
