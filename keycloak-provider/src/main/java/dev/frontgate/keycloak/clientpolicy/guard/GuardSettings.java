package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.clientpolicy.ConfigValues;
import dev.frontgate.keycloak.clientpolicy.ExecutorConfiguration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guard's settings for one client profile, parsed once from the executor configuration.
 * Absent values take the defaults below; malformed entries are listed in {@link #problems()} (so the console refuses
 * to save them) and otherwise ignored, which can only make the guard stricter.
 *
 * @param requireDpop       frontend clients must have DPoP-bound access tokens on (RFC 9449)
 * @param dpopExemptClients client ids that may stay on Bearer tokens although {@code requireDpop} is on
 */
public record GuardSettings(Set<String> allowedScopes, Set<String> defaultScopes, Set<String> pathWildcardHosts,
        Optional<String> backchannelLogoutUrl, Set<String> exemptClients, boolean requireDpop,
        Set<String> dpopExemptClients, List<String> problems)
        implements ExecutorConfiguration.Settings {

    public static final String ALLOWED_SCOPES = "allowed-scopes";
    public static final String DEFAULT_SCOPES = "default-scopes";
    public static final String PATH_WILDCARD_HOSTS = "path-wildcard-hosts";
    public static final String BACKCHANNEL_LOGOUT_URL = "backchannel-logout-url";
    public static final String EXEMPT_CLIENTS = "exempt-clients";
    public static final String REQUIRE_DPOP = "require-dpop";
    public static final String DPOP_EXEMPT_CLIENTS = "dpop-exempt-clients";

    public static final List<String> DEFAULT_ALLOWED_SCOPES = List.of("openid", "profile", "email");
    public static final List<String> DEFAULT_DEFAULT_SCOPES =
            List.of("basic", "web-origins", "acr", "profile", "email", "roles");
    public static final List<String> DEFAULT_PATH_WILDCARD_HOSTS = List.of("localhost", "127.0.0.1");

    /** RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+|\\[[0-9a-f:.]+]");

    /** The URL rules without any path wildcard host: enough to tell whether a URL is well-formed and exact. */
    private static final GuardSettings DEFAULTS_FOR_URLS =
            new GuardSettings(Set.of(), Set.of(), Set.of(), Optional.empty(), Set.of(), false, Set.of(), List.of());

    public static final GuardSettings DEFAULTS = parse(Map.of());

    public GuardSettings {
        allowedScopes = Set.copyOf(allowedScopes);
        defaultScopes = Set.copyOf(defaultScopes);
        pathWildcardHosts = Set.copyOf(pathWildcardHosts);
        exemptClients = Set.copyOf(exemptClients);
        dpopExemptClients = Set.copyOf(dpopExemptClients);
        problems = List.copyOf(problems);
    }

    /** Reads the settings from the raw values of an executor configuration, by setting name. */
    public static GuardSettings parse(Map<String, ?> values) {
        List<String> problems = new ArrayList<>();
        Set<String> scopes = valid(ALLOWED_SCOPES, values.get(ALLOWED_SCOPES), DEFAULT_ALLOWED_SCOPES, SCOPE_TOKEN,
                problems);
        // "openid" only marks an OpenID Connect request; it is not a client scope that could grant anything.
        scopes.add("openid");
        Set<String> defaultScopes = valid(DEFAULT_SCOPES, values.get(DEFAULT_SCOPES), DEFAULT_DEFAULT_SCOPES,
                SCOPE_TOKEN, problems);
        Set<String> hosts = new LinkedHashSet<>();
        valid(PATH_WILDCARD_HOSTS, values.get(PATH_WILDCARD_HOSTS), DEFAULT_PATH_WILDCARD_HOSTS, HOST, problems)
                .forEach(host -> hosts.add(host.toLowerCase(Locale.ROOT)));
        Optional<String> backchannel = ConfigValues.single(BACKCHANNEL_LOGOUT_URL, values.get(BACKCHANNEL_LOGOUT_URL),
                problems);
        backchannel.filter(url -> UrlRules.violation("", url, null, UrlRules.Use.EXACT, DEFAULTS_FOR_URLS).isPresent())
                .ifPresent(url -> problems.add("'" + BACKCHANNEL_LOGOUT_URL + "' is not an absolute http(s) URL: "
                        + url));
        Set<String> exempt = Set.copyOf(ConfigValues.words(EXEMPT_CLIENTS, values.get(EXEMPT_CLIENTS), problems));
        boolean requireDpop = flag(REQUIRE_DPOP, values.get(REQUIRE_DPOP), problems);
        Set<String> dpopExempt = Set.copyOf(ConfigValues.words(DPOP_EXEMPT_CLIENTS, values.get(DPOP_EXEMPT_CLIENTS),
                problems));
        return new GuardSettings(scopes, defaultScopes, hosts, backchannel, exempt, requireDpop, dpopExempt, problems);
    }

    public boolean allowsScope(String scope) {
        return allowedScopes.contains(scope);
    }

    /** Clients named in 'exempt-clients' are not judged: Keycloak's own clients that the realm keeps as they are. */
    public boolean exempts(String clientId) {
        return clientId != null && exemptClients.contains(clientId);
    }

    /** Whether this client must have DPoP-bound access tokens on. */
    public boolean requiresDpopOf(String clientId) {
        return requireDpop && !dpopExemptClients.contains(clientId);
    }

    public boolean allowsPathWildcardOn(String host) {
        return host != null && pathWildcardHosts.contains(host.toLowerCase(Locale.ROOT));
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
}
