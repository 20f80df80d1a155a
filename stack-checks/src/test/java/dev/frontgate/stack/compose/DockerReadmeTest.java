package dev.frontgate.stack.compose;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "With Docker" section tells the URLs and commands that docker-compose.yml really gives. */
class DockerReadmeTest {

    private static final String HEADING = "## With Docker";

    private static final ComposeFile compose = Checkout.compose();

    @Test
    void namesTheUrlsOfTheStack() throws IOException {
        Map<String, String> api = compose.environment("api-service");
        String apiPort = compose.ports("api-service").get(0).split(":")[1];
        assertThat(dockerSection())
                .contains(compose.option("keycloak", "hostname").orElseThrow() + "/admin")
                .contains(api.get("FRONTGATE_ISSUER"))
                .contains("http://localhost:" + apiPort)
                .contains(api.get("FRONTGATE_CORS_ORIGINS"));
    }

    @Test
    void tellsHowToBuildStartAndReset() throws IOException {
        assertThat(dockerSection()).contains("mvn -DskipTests package", "docker compose up", "docker compose down -v");
    }

    private static String dockerSection() throws IOException {
        String text = Files.readString(Checkout.root().resolve("README.md"));
        int start = text.indexOf(HEADING);
        if (start < 0) {
            throw new AssertionError("No '" + HEADING + "' section in README.md");
        }
        int end = text.indexOf("\n## ", start + HEADING.length());
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }
}
