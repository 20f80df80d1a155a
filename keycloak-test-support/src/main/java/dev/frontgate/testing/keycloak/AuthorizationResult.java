package dev.frontgate.testing.keycloak;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Keycloak answered to an authorization request: a login page, a redirect, or an error page. */
public record AuthorizationResult(int status, String location, String body) {

    private static final Pattern ERROR_PAGE_MESSAGE =
            Pattern.compile("<(?:p|span)[^>]*(?:instruction|kc-feedback-text)[^>]*>\\s*([^<]+?)\\s*<", Pattern.DOTALL);

    public boolean isLoginPage() {
        return status == 200 && body.contains("kc-form-login");
    }

    /** The {@code error} parameter of a redirect back to the client, if Keycloak redirected with one. */
    public Optional<String> redirectError() {
        return redirectParameter("error");
    }

    public Optional<String> redirectErrorDescription() {
        return redirectParameter("error_description");
    }

    /** The message Keycloak shows on its own error page (used when the redirect URI itself is not trusted). */
    public Optional<String> errorPageMessage() {
        Matcher matcher = ERROR_PAGE_MESSAGE.matcher(body == null ? "" : body);
        return matcher.find() ? Optional.of(HtmlText.unescape(matcher.group(1))) : Optional.empty();
    }

    public Optional<String> redirectParameter(String name) {
        if (location == null) {
            return Optional.empty();
        }
        String query = URI.create(location).getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair[0].equals(name) && pair.length == 2)
                .map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst();
    }
}
