package dev.frontgate.keycloak.clientpolicy.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the guard reads one URL of a client: with {@link URI}, the way a browser would, never with a pattern. A URL
 * that a parser and Keycloak's prefix matching could read differently is refused: user info ({@code @}), a
 * backslash, characters outside printable ASCII (look-alike hosts), or an authority that is not a plain host and
 * port ({@code http://localhost:5173.evil.example} has no valid port, so it has no host at all).
 */
final class UrlRules {

    /** What a URL is for decides which wildcard it may carry. */
    enum Use {
        /** A redirect or post-logout redirect URI: a trailing path wildcard on the hosts the profile lists. */
        REDIRECT,
        /** Root, base, admin and logout URLs: one exact URL. */
        EXACT
    }

    private UrlRules() {
    }

    static Optional<String> violation(String label, String value, String rootUrl, Use use, GuardSettings guard) {
        String named = label + " '" + value + "'";
        if (value.equals("*") || authority(value).contains("*")) {
            return refuse(GuardRule.NO_HOST_WILDCARD, named);
        }
        if (!plain(value)) {
            return refuse(GuardRule.WELL_FORMED_URLS, named);
        }
        boolean wildcard = value.endsWith("*");
        String exact = wildcard ? value.substring(0, value.length() - 1) : value;
        if (exact.contains("*") || (wildcard && use == Use.EXACT)) {
            return refuse(GuardRule.EXACT_URLS, named);
        }
        Optional<URI> uri = absolute(exact, rootUrl);
        if (uri.isEmpty()) {
            return refuse(GuardRule.WELL_FORMED_URLS, named);
        }
        // Keycloak matches a wildcard by prefix: "http://localhost:5173*" would match any host starting so.
        if (wildcard && (uri.get().getRawPath().isEmpty() || !guard.allowsPathWildcardOn(uri.get().getHost()))) {
            return refuse(GuardRule.PATH_WILDCARD_HOSTS, named);
        }
        return Optional.empty();
    }

    /** The origin a web origin names, or empty when it is not exactly scheme://host[:port]. */
    static Optional<URI> origin(String value) {
        if (!plain(value) || value.contains("*")) {
            return Optional.empty();
        }
        return parse(value).filter(uri -> uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                && uri.getRawFragment() == null);
    }

    /** A relative URL ("/cb") is resolved the way Keycloak does: appended to the client's root URL. */
    private static Optional<URI> absolute(String value, String rootUrl) {
        if (!value.startsWith("/")) {
            return parse(value);
        }
        if (rootUrl == null || !plain(rootUrl)) {
            return Optional.empty();
        }
        String root = rootUrl.endsWith("/") ? rootUrl.substring(0, rootUrl.length() - 1) : rootUrl;
        return parse(root + value);
    }

    private static Optional<URI> parse(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean plainAuthority = uri.getHost() != null && uri.getRawUserInfo() == null
                    && uri.getRawAuthority().equals(uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
            return (scheme.equals("http") || scheme.equals("https")) && plainAuthority && uri.getRawFragment() == null
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Printable ASCII without a backslash or '@': everything else can make two readers see two hosts. */
    private static boolean plain(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\' && c != '@');
    }

    private static String authority(String value) {
        int start = value.indexOf("//");
        if (start < 0) {
            return "";
        }
        int end = start + 2;
        while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        return value.substring(start + 2, end);
    }

    private static Optional<String> refuse(GuardRule rule, String detail) {
        return Optional.of(rule.refusal(detail));
    }
}
