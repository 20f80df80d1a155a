package dev.frontgate.api.notes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored note.
 *
 * @param author    the {@code sub} of the user who wrote it; only they may change it
 * @param groupPath the full path of the group it is shared with ({@code /team-b/team-a}), or null when private
 * @param version   incremented on every change; an update must name the version it read (optimistic locking)
 */
@MappedEntity("note")
record Note(
        @Id UUID id,
        String author,
        String title,
        String body,
        @Nullable String groupPath,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
