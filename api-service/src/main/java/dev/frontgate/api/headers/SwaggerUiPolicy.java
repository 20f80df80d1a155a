package dev.frontgate.api.headers;

import dev.frontgate.api.security.token.TokenConfiguration;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the Swagger UI pages. Their inline scripts (micronaut-openapi writes them at build
 * time) are allowed by their SHA-256, computed here from the pages this service serves, so a changed page is
 * covered without a hand-kept hash; everything else comes from this origin, but the code exchange, which the page
 * sends to Keycloak's token endpoint. Styles may be inline: Swagger UI sets them as it renders.
 */
@Singleton
final class SwaggerUiPolicy {

    private static final String PAGES = "META-INF/swagger/views/swagger-ui/";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final String value;

    SwaggerUiPolicy(TokenConfiguration token) {
        List<String> scripts = new ArrayList<>(List.of("'self'"));
        for (String page : List.of("index.html", "oauth2-redirect.html")) {
            Matcher inline = INLINE_SCRIPT.matcher(read(PAGES + page));
            while (inline.find()) {
                scripts.add("'sha256-" + sha256(inline.group(1)) + "'");
            }
        }
        this.value = "default-src 'none'; script-src " + String.join(" ", scripts)
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' "
                + originOf(token.issuer()) + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    String value() {
        return value;
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = SwaggerUiPolicy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: micronaut-openapi did not run at build time");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
