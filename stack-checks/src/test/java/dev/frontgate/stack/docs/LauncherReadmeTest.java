package dev.frontgate.stack.docs;

import dev.frontgate.testing.keycloak.ProjectLayout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command the launcher's help lists (its one table of commands) has its row in the README. */
class LauncherReadmeTest {

    private static final Path ROOT = ProjectLayout.root();

    @Test
    void readmeNamesEveryLauncherCommand() throws Exception {
        Run help = launcher("help");
        assertThat(help.exitCode()).as(help.output()).isZero();
        List<String> commands = help.output().lines().filter(line -> line.startsWith("  "))
                .map(line -> line.trim().split("\\s+")[0]).toList();
        assertThat(commands).contains("run", "up", "down", "help");
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(commands).allSatisfy(command -> assertThat(readme).contains("| `./frontgate " + command));
    }

    @Test
    void anUnknownCommandFailsAndPointsToHelp() throws Exception {
        Run unknown = launcher("no-such-command");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("unknown command 'no-such-command'", "./frontgate help");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run launcher(String command) throws IOException, InterruptedException {
        Process launcher = new ProcessBuilder("bash", ROOT.resolve("frontgate").toString(), command)
                .redirectErrorStream(true).start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("the launcher answers %s", command).isTrue();
        return new Run(launcher.exitValue(), output);
    }
}
