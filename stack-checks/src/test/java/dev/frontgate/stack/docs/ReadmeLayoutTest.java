package dev.frontgate.stack.docs;

import dev.frontgate.testing.keycloak.ProjectLayout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's layout table names every top-level folder of the checkout, and only paths that exist. */
class ReadmeLayoutTest {

    private static final String HEADING = "## Layout";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** Build output and local state, never committed. */
    private static final Set<String> NOT_LAYOUT = Set.of("target", "node_modules");

    private static final Path ROOT = ProjectLayout.root();

    @Test
    void everyPathTheTableNamesExists() throws IOException {
        assertThat(tablePaths()).isNotEmpty().allSatisfy(path -> assertThat(ROOT.resolve(path)).exists());
    }

    @Test
    void everyTopLevelFolderIsInTheTable() throws IOException {
        List<String> named = tablePaths().stream().map(path -> path.split("/")[0]).toList();
        try (Stream<Path> entries = Files.list(ROOT)) {
            List<String> folders = entries.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !NOT_LAYOUT.contains(name)).toList();
            assertThat(named).containsAll(folders);
        }
    }

    /** The code spans of the table's first column: {@code `frontgate`, `launcher/`} gives both paths. */
    private static List<String> tablePaths() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf(HEADING);
        assertThat(start).as("README.md has a '%s' section", HEADING).isNotNegative();
        List<String> paths = new ArrayList<>();
        for (String line : readme.substring(start).lines().skip(1).dropWhile(String::isBlank)
                .takeWhile(line -> line.startsWith("|")).skip(2).toList()) {
            Matcher code = CODE.matcher(line.split("\\|")[1]);
            while (code.find()) {
                paths.add(code.group(1));
            }
        }
        return paths;
    }
}
