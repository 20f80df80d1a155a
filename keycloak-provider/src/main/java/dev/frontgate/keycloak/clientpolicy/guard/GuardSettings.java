package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.frontgate.keycloak.common.ConfigValues;

/**
 * The guard's settings for one client profile, parsed once from the executor configuration.
 * Absent values take the defaults below; malformed entries are listed in {@link #problems()} (so the console refuses
 * to save them) and otherwise ignored, which can only make the guard stricter.
 *
 * @param requireDpop       frontend clients must have DPoP-bound access tokens on (RFC 9449)
 * @param dpopExemptClients client ids that may stay on Bearer tokens although {@code requireDpop} is on
 */
public record GuardSettings(Set<String> allowedScopes, Set<String> pathWildcardHosts, boolean requireDpop,
        Set<String> dpopExemptClients, List<String> problems) {

    public static final String ALLOWED_SCOPES = "allowed-scopes";
    public static final String PATH_WILDCARD_HOSTS = "path-wildcard-hosts";
    public static final String REQUIRE_DPOP = "require-dpop";
    public static final String DPOP_EXEMPT_CLIENTS = "dpop-exempt-clients";

    public static final List<String> DEFAULT_ALLOWED_SCOPES = List.of("openid", "profile", "email");
    public static final List<String> DEFAULT_PATH_WILDCARD_HOSTS = List.of("localhost", "127.0.0.1");

    /** RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+|\\[[0-9a-f:.]+]");

    public GuardSettings {
        allowedScopes = Set.copyOf(allowedScopes);
        pathWildcardHosts = Set.copyOf(pathWildcardHosts);
        dpopExemptClients = Set.copyOf(dpopExemptClients);
        problems = List.copyOf(problems);
    }

    /** Settings without the DPoP requirement, as before it existed. */
    public static GuardSettings parse(Object allowedScopesValue, Object pathWildcardHostsValue) {
        return parse(allowedScopesValue, pathWildcardHostsValue, null, null);
    }

    public static GuardSettings parse(Object allowedScopesValue, Object pathWildcardHostsValue,
            Object requireDpopValue, Object dpopExemptClientsValue) {
        List<String> problems = new ArrayList<>();
        Set<String> scopes = valid(ALLOWED_SCOPES, allowedScopesValue, DEFAULT_ALLOWED_SCOPES, SCOPE_TOKEN, problems);
        // "openid" only marks an OpenID Connect request; it is not a client scope that could grant anything.
        scopes.add("openid");
        Set<String> hosts = new LinkedHashSet<>();
        valid(PATH_WILDCARD_HOSTS, pathWildcardHostsValue, DEFAULT_PATH_WILDCARD_HOSTS, HOST, problems)
                .forEach(host -> hosts.add(host.toLowerCase(Locale.ROOT)));
        boolean requireDpop = flag(REQUIRE_DPOP, requireDpopValue, problems);
        Set<String> exempt = new LinkedHashSet<>(ConfigValues.words(DPOP_EXEMPT_CLIENTS, dpopExemptClientsValue,
                problems));
        return new GuardSettings(scopes, hosts, requireDpop, exempt, problems);
    }

    /** Whether this client must have DPoP-bound access tokens on. */
    public boolean requiresDpopOf(String clientId) {
        return requireDpop && !dpopExemptClients.contains(clientId);
    }

    /** Absent is off; the console sends "true"/"false", a hand-written export may hold a JSON boolean. */
    private static boolean flag(String key, Object value, List<String> problems) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        problems.add("'" + key + "' must be true or false, not " + value);
        return false;
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
