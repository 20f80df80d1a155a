package dev.frontgate.api.notes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new note. PostgreSQL refuses NUL characters in text, so they are refused here, as bad input, first.
 *
 * @param group the full path of the group to share it with: needs the {@code groups} scope and a group of the
 *              caller's token
 */
@Serdeable
record NoteRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = NulFreeText.PATTERN, message = NulFreeText.MESSAGE) String title,
        @NotNull @Size(max = 10_000) @Pattern(regexp = NulFreeText.PATTERN, message = NulFreeText.MESSAGE) String body,
        @Nullable @Size(max = GroupPath.MAX_LENGTH)
        @Pattern(regexp = GroupPath.PATTERN, message = GroupPath.MESSAGE) String group) {
}
