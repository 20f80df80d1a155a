package dev.frontgate.keycloak.clientpolicy.guard;

import org.keycloak.OAuthErrorException;

import java.util.Optional;

/**
 * The guard's rules for an authorization request of a frontend client. Keycloak checks PKCE only when the client
 * is configured for it; the guard asks for S256 regardless, so a client imported without the setting is covered too.
 */
final class AuthorizationRequestRules {

    private AuthorizationRequestRules() {
    }

    /** An OAuth error code and its description. */
    record Refusal(String error, String description) {
    }

    static Optional<Refusal> firstViolation(String codeChallengeMethod, String codeChallenge, String scope,
            GuardSettings guard) {
        if (!"S256".equals(codeChallengeMethod)) {
            String method = codeChallengeMethod == null ? "missing" : "'" + codeChallengeMethod + "'";
            return refuse(OAuthErrorException.INVALID_REQUEST, GuardRule.PKCE_S256_REQUEST,
                    "code_challenge_method is " + method);
        }
        if (codeChallenge == null || codeChallenge.isBlank()) {
            return refuse(OAuthErrorException.INVALID_REQUEST, GuardRule.PKCE_S256_REQUEST,
                    "code_challenge is missing");
        }
        if (scope == null) {
            return Optional.empty();
        }
        for (String requested : scope.trim().split("\\s+")) {
            if (!requested.isEmpty() && !guard.allowsScope(requested)) {
                return refuse(OAuthErrorException.INVALID_SCOPE, GuardRule.ALLOWED_SCOPES,
                        "scope '" + requested + "' is not allowed");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String error, GuardRule rule, String detail) {
        return Optional.of(new Refusal(error, rule.refusal(detail)));
    }
}
