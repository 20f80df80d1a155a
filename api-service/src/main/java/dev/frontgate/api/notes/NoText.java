package dev.frontgate.api.notes;

/** Shared text constraints of note fields. */
final class NoText {

    static final String NO_NUL = "[^\\u0000]*";
    static final String NO_NUL_MESSAGE = "must not contain NUL characters";

    private NoText() {
    }
}
