package dev.frontgate.api.notes;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A note of a page, with the number of notes on all pages ({@link NotePageRepository}). */
@Introspected
record NoteRow(
        UUID id,
        String author,
        String title,
        String body,
        @Nullable String groupPath,
        long version,
        Instant createdAt,
        Instant updatedAt,
        long total) {
}
