package dev.frontgate.api.security;

/** RFC 6750 section 3 {@code WWW-Authenticate} values. */
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
}
