package dev.frontgate.stack.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontgate.testing.keycloak.ProjectLayout;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of the repository that docker-compose.yml must agree with, read from their own files. */
final class Checkout {

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private Checkout() {
    }

    static Path root() {
        return ProjectLayout.root();
    }

    static ComposeFile compose() {
        return ComposeFile.read(root().resolve("docker-compose.yml"));
    }

    static JsonNode realm(Path realmFile) {
        try {
            return new ObjectMapper().readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode frontgateRealm() {
        return realm(root().resolve("realm-config").resolve("frontgate-realm.json"));
    }

    /** The environment variables {@code application.yml} reads through {@code ${NAME:default}} placeholders. */
    static Set<String> environmentReadBy(Path applicationYml) {
        try {
            Matcher matcher = ENV_PLACEHOLDER.matcher(Files.readString(applicationYml));
            Set<String> names = new TreeSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of the jar {@code mvn package} builds in a module: its finalName, or artifactId-version. */
    static String builtJarName(String module) {
        Element project = pom(root().resolve(module).resolve("pom.xml"));
        String artifactId = child(project, "artifactId");
        String version = child(project, "version");
        if (version == null) {
            version = child((Element) project.getElementsByTagName("parent").item(0), "version");
        }
        Element build = (Element) project.getElementsByTagName("build").item(0);
        String finalName = build == null ? null : child(build, "finalName");
        String name = finalName == null ? artifactId + "-" + version : finalName
                .replace("${project.artifactId}", artifactId).replace("${project.version}", version);
        return name + ".jar";
    }

    static String artifactId(String module) {
        return child(pom(root().resolve(module).resolve("pom.xml")), "artifactId");
    }

    private static Element pom(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + pom, e);
        }
    }

    /** The text of a direct child element, or null. */
    private static String child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }
}
