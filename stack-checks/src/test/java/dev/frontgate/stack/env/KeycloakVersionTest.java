package dev.frontgate.stack.env;

import dev.frontgate.testing.keycloak.ProjectLayout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root pom's {@code keycloak.version} is the one place the Keycloak version is written: the modules, the test
 * support and the launcher read it; Compose cannot, so its image tag and the docs' mentions are checked against it.
 */
class KeycloakVersionTest {

    private static final Path ROOT = ProjectLayout.root();
    private static final Pattern POM_PROPERTY = Pattern.compile("<keycloak\\.version>([^<]+)</keycloak\\.version>");
    private static final Pattern MENTION = Pattern.compile("(?i)(?<![-\\w])keycloak[ :](\\d+\\.\\d+\\.\\d+)");

    @Test
    void onlyTheRootPomSetsTheVersion() throws IOException {
        assertThat(rootVersion()).matches("\\d+\\.\\d+\\.\\d+");
        try (Stream<Path> poms = Files.walk(ROOT, 3)) {
            List<Path> others = poms.filter(pom -> pom.getFileName().toString().equals("pom.xml"))
                    .filter(pom -> !pom.equals(ROOT.resolve("pom.xml")) && !pom.toString().contains("node_modules"))
                    .toList();
            assertThat(others).isNotEmpty().allSatisfy(pom -> assertThat(Files.readString(pom))
                    .as("%s sets no keycloak.version of its own", pom).doesNotContainPattern(POM_PROPERTY));
        }
    }

    @Test
    void composeRunsTheVersionOfTheBuild() throws IOException {
        assertThat(mentions(ROOT.resolve("docker-compose.yml"))).containsOnly(rootVersion()).isNotEmpty();
    }

    @Test
    void readmesNameTheVersionOfTheBuild() throws IOException {
        String version = rootVersion();
        try (Stream<Path> files = Files.walk(ROOT, 3)) {
            for (Path readme : files.filter(f -> f.getFileName().toString().equals("README.md"))
                    .filter(f -> !f.toString().contains("node_modules")).toList()) {
                assertThat(mentions(readme)).as("Keycloak versions in %s", readme)
                        .allSatisfy(mention -> assertThat(mention).isEqualTo(version));
            }
        }
    }

    private static String rootVersion() throws IOException {
        Matcher matcher = POM_PROPERTY.matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(matcher.find()).as("the root pom sets keycloak.version").isTrue();
        return matcher.group(1);
    }

    private static List<String> mentions(Path file) throws IOException {
        return MENTION.matcher(Files.readString(file)).results().map(match -> match.group(1)).toList();
    }
}
