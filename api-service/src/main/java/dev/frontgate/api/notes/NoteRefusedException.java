package dev.frontgate.api.notes;

import dev.frontgate.api.problem.Problem;

import java.util.List;

/** A note request the rules refuse; thrown before anything is written, so the transaction rolls back clean. */
final class NoteRefusedException extends RuntimeException {

    private final transient Problem problem;

    private NoteRefusedException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** Also for notes that exist but are not visible to the caller: their existence is not revealed. */
    static NoteRefusedException notFound() {
        return new NoteRefusedException(Problem.of(404, "Not Found", "No note with this id is visible to you."));
    }

    static NoteRefusedException notAuthor() {
        return new NoteRefusedException(Problem.of(403, "Forbidden", "Only the author may change a note."));
    }

    static NoteRefusedException staleVersion() {
        return new NoteRefusedException(Problem.of(409, "Conflict",
                "The note was changed since you read it; read it again and retry with its new version."));
    }

    static NoteRefusedException notYourGroup() {
        return new NoteRefusedException(Problem.of(400, "Bad Request", "The note can not be shared with this group.")
                .withInvalidFields(List.of(new Problem.FieldProblem("group", "must be one of your groups"))));
    }

    Problem problem() {
        return problem;
    }
}
