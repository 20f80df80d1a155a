package dev.frontgate.api.notes;

import dev.frontgate.api.security.Caller;
import dev.frontgate.api.security.ReadWriteScopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.util.UUID;

/** Notes: reading needs {@code read}, every change needs {@code write}. */
@Controller("/api/notes")
@ReadWriteScopes
@ExecuteOn(TaskExecutors.BLOCKING)
class NotesController {

    private final NoteService notes;

    NotesController(NoteService notes) {
        this.notes = notes;
    }

    @Get("{?page,size}")
    NotePage list(Authentication authentication,
                  @QueryValue(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                  @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return NotePage.of(notes.visible(Caller.of(authentication), page, size));
    }

    @Get("/{id}")
    NoteResponse get(Authentication authentication, String id) {
        return NoteResponse.of(notes.find(Caller.of(authentication), idOf(id)));
    }

    @Post
    HttpResponse<NoteResponse> create(Authentication authentication, @Valid @Body NoteRequest request) {
        Note note = notes.create(Caller.of(authentication), request);
        return HttpResponse.created(NoteResponse.of(note), URI.create("/api/notes/" + note.id()));
    }

    @Put("/{id}")
    NoteResponse update(Authentication authentication, String id, @Valid @Body NoteUpdateRequest request) {
        return NoteResponse.of(notes.update(Caller.of(authentication), idOf(id), request));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication authentication, String id, @QueryValue @NotNull @Min(0) Long version) {
        notes.delete(Caller.of(authentication), idOf(id), version);
        return HttpResponse.noContent();
    }

    /** An id that is not a UUID names no note: 404, like any other unknown id. */
    private static UUID idOf(String id) {
        return NoteService.parseId(id).orElseThrow(NoteRefusedException::notFound);
    }
}
