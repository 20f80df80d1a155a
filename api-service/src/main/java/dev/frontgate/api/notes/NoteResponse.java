package dev.frontgate.api.notes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A note as the API shows it; {@code author} is the author's {@code sub}. */
@Serdeable
record NoteResponse(
        UUID id,
        String title,
        String body,
        @Nullable String group,
        String author,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static NoteResponse of(Note note) {
        return new NoteResponse(note.id(), note.title(), note.body(), note.groupPath(), note.author(),
                note.version(), note.createdAt(), note.updatedAt());
    }

    static NoteResponse of(NoteRow row) {
        return new NoteResponse(row.id(), row.title(), row.body(), row.groupPath(), row.author(), row.version(),
                row.createdAt(), row.updatedAt());
    }
}
