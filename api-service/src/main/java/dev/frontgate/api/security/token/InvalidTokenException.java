package dev.frontgate.api.security.token;

/**
 * A token failed one check. The message becomes the RFC 6750 {@code error_description}, so it names the check and
 * never contains any part of the token; {@link #check()} is its fixed label for metrics and the audit trail.
 */
public final class InvalidTokenException extends Exception {

    private final FailedCheck check;

    public InvalidTokenException(FailedCheck check, String description) {
        super(description, null, false, false);
        this.check = check;
    }

    public FailedCheck check() {
        return check;
    }
}
