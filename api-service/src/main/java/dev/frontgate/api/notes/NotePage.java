package dev.frontgate.api.notes;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of the notes a caller may see, newest first. */
@Serdeable
record NotePage(List<NoteResponse> items, int page, int size, long total) {

    static NotePage of(Page<Note> page) {
        return new NotePage(page.getContent().stream().map(NoteResponse::of).toList(),
                page.getPageNumber(), page.getSize(), page.getTotalSize());
    }
}
