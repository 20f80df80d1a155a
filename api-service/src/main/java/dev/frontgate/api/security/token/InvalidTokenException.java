package dev.frontgate.api.security.token;

/**
 * A token failed one check. The message becomes the RFC 6750 {@code error_description}, so it names the check and
 * never contains any part of the token.
 */
public final class InvalidTokenException extends Exception {

    public InvalidTokenException(String check) {
        super(check, null, false, false);
    }
}
