package dev.frontgate.api.notes;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of the notes a caller may see, newest first; {@code total} counts the notes on all pages. */
@Serdeable
record NotePage(List<NoteResponse> items, int page, int size, long total) {
}
