package dev.frontgate.api.notes;

/** The constraint on the group a note is shared with: Keycloak's full group path, which names one group only. */
final class GroupPath {

    /** {@code /team-b/team-a}; a bare name ({@code team-a}) could mean several groups. */
    static final String PATTERN = "/[^\\u0000]+";
    static final String MESSAGE = "must be the full path of one of your groups, such as /team-a";
    static final int MAX_LENGTH = 1024;

    private GroupPath() {
    }
}
