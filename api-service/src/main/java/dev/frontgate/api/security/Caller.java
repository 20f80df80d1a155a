package dev.frontgate.api.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is calling, read from a verified access token.
 *
 * @param subject  {@code sub}: the stable user id, the owner key of data
 * @param username {@code preferred_username}
 * @param client   {@code azp}: the client the token was issued to
 * @param scopes   granted scopes
 * @param groups   group names; only present when the token carries the {@code groups} scope
 */
public record Caller(String subject, String username, String client, Set<String> scopes, List<String> groups) {

    /** Compiled once: this runs for every verified token. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Caller {
        scopes = Set.copyOf(scopes);
        groups = List.copyOf(groups);
    }

    /** The Micronaut authentication for verified claims; its roles are the granted scopes. */
    public static Authentication authentication(Map<String, Object> claims) {
        return Authentication.build((String) claims.get("sub"), scopesOf(claims.get("scope")), claims);
    }

    public static Caller of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        return new Caller(
                authentication.getName(),
                text(claims.get("preferred_username")),
                text(claims.get("azp")),
                Set.copyOf(authentication.getRoles()),
                claims.get("groups") instanceof Collection<?> groups
                        ? groups.stream().map(String::valueOf).toList() : List.of());
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Groups count only when the token was granted the groups scope, whatever other claims it carries. */
    public List<String> visibleGroups() {
        return hasScope(Scopes.GROUPS) ? groups : List.of();
    }

    private static String text(Object claim) {
        return claim instanceof String value ? value : "";
    }

    private static Set<String> scopesOf(Object scopeClaim) {
        if (!(scopeClaim instanceof String scope) || scope.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(WHITESPACE.split(scope.trim())));
    }
}
