package dev.frontgate.api.notes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The new content of a note, with the version the client read: a stale version is refused with 409.
 *
 * @param group the full path of the group to share it with, or null to make it private again
 */
@Serdeable
record NoteUpdateRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = NulFreeText.PATTERN, message = NulFreeText.MESSAGE) String title,
        @NotNull @Size(max = 10_000) @Pattern(regexp = NulFreeText.PATTERN, message = NulFreeText.MESSAGE) String body,
        @Nullable @Size(max = GroupPath.MAX_LENGTH)
        @Pattern(regexp = GroupPath.PATTERN, message = GroupPath.MESSAGE) String group,
        @NotNull @PositiveOrZero Long version) {
}
