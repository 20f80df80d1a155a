package dev.frontgate.api.notes;

import dev.frontgate.api.docs.ApiDocumentation;
import dev.frontgate.api.docs.DocumentedProblems;
import dev.frontgate.api.security.Caller;
import dev.frontgate.api.security.ReadWriteScopes;
import dev.frontgate.api.security.Scopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.util.UUID;

/**
 * Notes: reading needs {@code read}, every change needs {@code write}. Each {@code @SecurityRequirement} states the
 * same scopes for the OpenAPI document; ApiDocsContractTest fails when it and the rule disagree.
 */
@Controller("/api/notes")
@ReadWriteScopes
@Tag(name = "notes")
@DocumentedProblems.TokenProblems
@ExecuteOn(TaskExecutors.BLOCKING)
class NotesController {

    private final NoteService notes;
    private final CachedNotePages pages;

    NotesController(NoteService notes, CachedNotePages pages) {
        this.notes = notes;
        this.pages = pages;
    }

    @Get("{?page,size}")
    @SecurityRequirement(name = ApiDocumentation.SCHEME, scopes = Scopes.READ)
    @Operation(summary = "Own notes, newest first; with the groups scope also the notes shared with a group of "
            + "the token.")
    @ApiResponse(responseCode = "200", description = "A page of notes.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotePage.class)))
    @DocumentedProblems.BadRequest
    HttpResponse<byte[]> list(Caller caller,
                              @QueryValue(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                              @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        // The page as JSON, often from memory: CachedNotePages.
        return HttpResponse.ok(pages.page(caller, page, size)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get("/{id}")
    @SecurityRequirement(name = ApiDocumentation.SCHEME, scopes = Scopes.READ)
    @Operation(summary = "One visible note.")
    @DocumentedProblems.NotFound
    NoteResponse get(Caller caller, String id) {
        return NoteResponse.of(notes.find(caller, idOf(id)));
    }

    @Post
    @SecurityRequirement(name = ApiDocumentation.SCHEME, scopes = Scopes.WRITE)
    @Operation(summary = "Creates a note. Sharing it (group set) also needs the groups scope and a group of "
            + "the token.")
    @DocumentedProblems.BadRequest
    @DocumentedProblems.TooLarge
    HttpResponse<NoteResponse> create(Caller caller, @Valid @Body NoteRequest request) {
        Note note = notes.create(caller, request);
        return HttpResponse.created(NoteResponse.of(note), URI.create("/api/notes/" + note.id()));
    }

    @Put("/{id}")
    @SecurityRequirement(name = ApiDocumentation.SCHEME, scopes = Scopes.WRITE)
    @Operation(summary = "Changes a note of the caller, from its current version. Sharing it also needs the "
            + "groups scope.")
    @DocumentedProblems.BadRequest
    @DocumentedProblems.NotFound
    @DocumentedProblems.StaleVersion
    @DocumentedProblems.TooLarge
    NoteResponse update(Caller caller, String id, @Valid @Body NoteUpdateRequest request) {
        return NoteResponse.of(notes.update(caller, idOf(id), request));
    }

    @Delete("/{id}")
    @SecurityRequirement(name = ApiDocumentation.SCHEME, scopes = Scopes.WRITE)
    @Operation(summary = "Deletes a note of the caller, from its current version.")
    @DocumentedProblems.BadRequest
    @DocumentedProblems.NotFound
    @DocumentedProblems.StaleVersion
    HttpResponse<Void> delete(Caller caller, String id, @QueryValue @NotNull @Min(0) Long version) {
        notes.delete(caller, idOf(id), version);
        return HttpResponse.noContent();
    }

    /** An id that is not a UUID names no note: 404, like any other unknown id. */
    private static UUID idOf(String id) {
        return NoteService.parseId(id).orElseThrow(NoteRefusedException::notFound);
    }
}
