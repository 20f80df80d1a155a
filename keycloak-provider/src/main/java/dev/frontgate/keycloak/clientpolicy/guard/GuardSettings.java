package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.frontgate.keycloak.clientpolicy.ConfigValues;

/**
 * The guard's settings for one client profile, parsed once from the executor configuration.
 * Absent values take the defaults below; malformed entries are listed in {@link #problems()} (so the console refuses
 * to save them) and otherwise ignored, which can only make the guard stricter.
 */
public record GuardSettings(Set<String> allowedScopes, Set<String> pathWildcardHosts, List<String> problems) {

    public static final String ALLOWED_SCOPES = "allowed-scopes";
    public static final String PATH_WILDCARD_HOSTS = "path-wildcard-hosts";

    public static final List<String> DEFAULT_ALLOWED_SCOPES = List.of("openid", "profile", "email");
    public static final List<String> DEFAULT_PATH_WILDCARD_HOSTS = List.of("localhost", "127.0.0.1");

    /** RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+|\\[[0-9a-f:.]+]");

    public GuardSettings {
        allowedScopes = Set.copyOf(allowedScopes);
        pathWildcardHosts = Set.copyOf(pathWildcardHosts);
        problems = List.copyOf(problems);
    }

    public static GuardSettings parse(Object allowedScopesValue, Object pathWildcardHostsValue) {
        List<String> problems = new ArrayList<>();
        Set<String> scopes = valid(ALLOWED_SCOPES, allowedScopesValue, DEFAULT_ALLOWED_SCOPES, SCOPE_TOKEN, problems);
        // "openid" only marks an OpenID Connect request; it is not a client scope that could grant anything.
        scopes.add("openid");
        Set<String> hosts = new LinkedHashSet<>();
        valid(PATH_WILDCARD_HOSTS, pathWildcardHostsValue, DEFAULT_PATH_WILDCARD_HOSTS, HOST, problems)
                .forEach(host -> hosts.add(host.toLowerCase(Locale.ROOT)));
        return new GuardSettings(scopes, hosts, problems);
    }

    public boolean allowsScope(String scope) {
        return allowedScopes.contains(scope);
    }

    public boolean allowsPathWildcardOn(String host) {
        return pathWildcardHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    private static Set<String> valid(String key, Object value, List<String> defaults, Pattern pattern,
            List<String> problems) {
        List<String> words = value == null ? defaults : ConfigValues.words(key, value, problems);
        Set<String> valid = new LinkedHashSet<>();
        for (String word : words) {
            if (pattern.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                valid.add(word);
            } else {
                problems.add("'" + key + "' has a malformed entry: " + word);
            }
        }
        return valid;
    }
}
