package dev.frontgate.api.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who is calling, read once from a verified access token. It is the request's {@link Authentication} (its roles are
 * the granted scopes), and an endpoint takes it as a parameter: {@code NoteResponse get(Caller caller, String id)}.
 *
 * @param subject  {@code sub}: the stable user id, the owner key of data
 * @param username {@code preferred_username}
 * @param client   {@code azp}: the client the token was issued to
 * @param scopes   granted scopes, sorted and distinct
 * @param groups   the token's {@code groups} claim when the token was granted the {@code groups} scope, else none:
 *                 the only view of groups, so no code acts on groups the user did not consent to share. Full group
 *                 paths ({@code /team-b/team-a}); entries that are not paths (a groups mapper with {@code full.path}
 *                 off) are dropped: a bare name can not tell {@code /team-a} from {@code /team-b/team-a}
 * @param claims   every claim of the token
 */
public record Caller(String subject, String username, String client, List<String> scopes, List<String> groups,
                     Map<String, Object> claims) implements Authentication {

    /** Compiled once: this runs for every newly verified token. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Caller {
        scopes = List.copyOf(new TreeSet<>(scopes));
        groups = scopes.contains(Scopes.GROUPS) ? List.copyOf(groups) : List.of();
        claims = Collections.unmodifiableMap(claims);
    }

    /** The caller described by a verified token's claims. */
    public static Caller of(Map<String, Object> claims) {
        return new Caller(
                text(claims.get("sub")),
                text(claims.get("preferred_username")),
                text(claims.get("azp")),
                scopesOf(claims.get("scope")),
                pathsOf(claims.get("groups")),
                claims);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    @Override
    public String getName() {
        return subject;
    }

    @Override
    public Collection<String> getRoles() {
        return scopes;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    private static String text(Object claim) {
        return claim instanceof String value ? value : "";
    }

    private static List<String> pathsOf(Object groupsClaim) {
        if (!(groupsClaim instanceof Collection<?> groups)) {
            return List.of();
        }
        return groups.stream().map(String::valueOf).filter(group -> group.startsWith("/")).toList();
    }

    private static List<String> scopesOf(Object scopeClaim) {
        if (!(scopeClaim instanceof String scope) || scope.isBlank()) {
            return List.of();
        }
        return Arrays.asList(WHITESPACE.split(scope.trim()));
    }
}
