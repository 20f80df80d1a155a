package dev.frontgate.api.notes;

/** The constraint that keeps NUL characters out of note text: PostgreSQL refuses them in {@code text} columns. */
final class NulFreeText {

    static final String PATTERN = "[^\\u0000]*";
    static final String MESSAGE = "must not contain NUL characters";

    private NulFreeText() {
    }
}
