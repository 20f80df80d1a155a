package dev.frontgate.keycloak.clientpolicy.entitlement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Scope {@code scope} is issued only to holders of realm role {@code role}", written {@code scope:role}. */
public record ScopeRoleRequirement(String scope, String role) {

    /** A scope token (RFC 6749 without ':'), a colon, a role name; no spaces around the parts. */
    private static final Pattern ENTRY = Pattern.compile("([\\x21\\x23-\\x39\\x3B-\\x5B\\x5D-\\x7E]+):(\\S+)");

    public static Optional<ScopeRoleRequirement> parse(String entry) {
        Matcher matcher = ENTRY.matcher(entry);
        return matcher.matches()
                ? Optional.of(new ScopeRoleRequirement(matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return scope + ":" + role;
    }
}
