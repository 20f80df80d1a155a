package dev.frontgate.api.security.token;

/**
 * The check a refused token failed, as a fixed label for metrics and the audit trail: a few values, never free
 * text, so that a forged token can not create new metric series.
 */
public enum FailedCheck {
    /** No bearer credentials where an Authorization header was sent: another scheme, or an empty token. */
    SCHEME("scheme"),
    /** Not a JWT of acceptable size and shape, a non-canonical signature spelling, or a malformed claim. */
    MALFORMED("malformed"),
    /** Unsigned, encrypted, or signed with an algorithm outside the allow-list. */
    ALGORITHM("algorithm"),
    /** No key id, a key the issuer does not publish, or a key that does not fit the algorithm. */
    KEY("key"),
    SIGNATURE("signature"),
    TYPE("type"),
    ISSUER("issuer"),
    AUDIENCE("audience"),
    AZP("azp"),
    SUBJECT("subject"),
    /** No {@code exp}, or past it (with the clock skew). */
    EXPIRED("expired"),
    /** {@code nbf} or {@code iat} in the future (beyond the clock skew). */
    NOT_YET_VALID("not_yet_valid"),
    /** The token's session was ended in Keycloak (back-channel logout). */
    SESSION_ENDED("session_ended"),
    /** A DPoP-bound token sent as Bearer, an unbound token of a client that must use DPoP, or a malformed cnf. */
    DPOP_BINDING("dpop_binding"),
    /** The DPoP proof is missing, malformed, replayed, or does not fit the request or the token. */
    DPOP_PROOF("dpop_proof"),
    /** A back-channel logout token that failed one of its own checks (answered 400 on the logout endpoint). */
    LOGOUT_TOKEN("logout_token");

    private final String label;

    FailedCheck(String label) {
        this.label = label;
    }

    /** The metric label and audit reason. */
    public String label() {
        return label;
    }
}
