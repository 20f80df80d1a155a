package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redirect URIs decide where Keycloak sends authorization codes. The host must be exact; a trailing path wildcard
 * (Keycloak supports no other) is accepted only on hosts the profile lists, typically the developer's localhost.
 */
final class RedirectUriRules {

    /** scheme ":" [ "//" authority ] rest; the authority ends at the first "/", "?" or "#". */
    private static final Pattern ABSOLUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):(?://([^/?#]*))?(.*)");

    private RedirectUriRules() {
    }

    static Optional<String> firstViolation(ClientSettings client, GuardSettings guard) {
        for (String uri : client.redirectUris()) {
            Optional<String> violation = violation(uri, client.rootUrl(), guard);
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> violation(String uri, String rootUrl, GuardSettings guard) {
        // A relative redirect URI ("/*") is resolved by Keycloak against the client's root URL.
        String absolute = uri.startsWith("/") && rootUrl != null ? stripTrailingSlash(rootUrl) + uri : uri;
        Matcher matcher = ABSOLUTE.matcher(absolute);
        String host = matcher.matches() && matcher.group(2) != null ? host(matcher.group(2)) : "";
        if (uri.equals("*") || host.contains("*")) {
            return Optional.of(GuardRule.NO_HOST_WILDCARD.refusal("redirect URI '" + uri + "'"));
        }
        if (absolute.contains("*") && !guard.allowsPathWildcardOn(host)) {
            return Optional.of(GuardRule.PATH_WILDCARD_HOSTS.refusal("redirect URI '" + uri + "'"));
        }
        return Optional.empty();
    }

    /** The host of an authority: without user info and port, IPv6 literals keep their brackets. */
    private static String host(String authority) {
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            int end = hostAndPort.indexOf(']');
            return end < 0 ? hostAndPort : hostAndPort.substring(0, end + 1);
        }
        int colon = hostAndPort.indexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
