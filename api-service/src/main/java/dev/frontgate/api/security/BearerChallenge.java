package dev.frontgate.api.security;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;

/** RFC 6750 section 3 {@code WWW-Authenticate} values, and why a present Authorization header held no token. */
final class BearerChallenge {

    static final String REALM = "frontgate";

    private BearerChallenge() {
    }

    /** No credentials at all: RFC 6750 says to send no error code. */
    static String missingToken() {
        return "Bearer realm=\"" + REALM + "\"";
    }

    static String invalidToken(String failedCheck) {
        return missingToken() + ", error=\"invalid_token\", error_description=\"" + failedCheck + "\"";
    }

    /** RFC 9728 section 5.1: a 401 tells the client where to learn which authorization server to ask. */
    static String withResourceMetadata(String challenge, String metadataUrl) {
        return challenge + ", resource_metadata=\"" + metadataUrl + "\"";
    }

    static String insufficientScope(ScopeRequirement requirement) {
        return missingToken() + ", error=\"insufficient_scope\", scope=\"" + String.join(" ", requirement.scopes())
                + "\"";
    }

    /**
     * The bearer fetcher ignores an Authorization header that is not {@code Bearer <token>}; a client that sent one
     * still deserves to learn that it was refused, not that it sent nothing.
     */
    static Optional<String> unusableAuthorization(@Nullable String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals("bearer")) {
            return Optional.of("authorization scheme must be Bearer");
        }
        return Optional.of(space < 0 || value.substring(space).isBlank()
                ? "bearer token is empty" : "token is not a well-formed JWT");
    }
}
