package dev.frontgate.api.notes;

import dev.frontgate.api.security.Caller;
import dev.frontgate.api.security.InsufficientScopeException;
import dev.frontgate.api.security.ScopeRequirement;
import dev.frontgate.api.security.Scopes;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The sharing rules: a caller sees their own notes and, with the {@code groups} scope, the notes shared with a
 * group in their token, compared by full path (a member of {@code /team-b/team-a} does not see {@code /team-a}'s);
 * only the author changes a note, and only from its current version.
 */
@Singleton
class NoteService {

    private final NoteRepository notes;
    private final NotePageRepository pages;
    private final NoteChangeFeed changes;
    private final Clock clock;

    NoteService(NoteRepository notes, NotePageRepository pages, NoteChangeFeed changes, Clock clock) {
        this.notes = notes;
        this.pages = pages;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * No transaction: a page is one statement. Only a page past the last one needs a second, its count, which may then
     * see a later moment than the page; an empty page can afford that.
     */
    NotePage visible(Caller caller, int page, int size) {
        long offset = (long) page * size;
        List<String> groups = caller.groups();
        List<NoteRow> rows = groups.isEmpty()
                ? pages.own(caller.subject(), size, offset)
                : pages.ownAndShared(caller.subject(), groups, size, offset);
        long total = !rows.isEmpty() ? rows.getFirst().total()
                : groups.isEmpty() ? pages.countByAuthor(caller.subject())
                : pages.countByAuthorOrGroupPathIn(caller.subject(), groups);
        return new NotePage(rows.stream().map(NoteResponse::of).toList(), page, size, total);
    }

    @Transactional
    Note find(Caller caller, UUID id) {
        return notes.findById(id).filter(note -> isVisible(caller, note)).orElseThrow(NoteRefusedException::notFound);
    }

    @Transactional
    Note create(Caller caller, NoteRequest request) {
        checkGroup(caller, request.group());
        Instant now = now();
        Note created = notes.save(new Note(UUID.randomUUID(), caller.subject(), request.title(), request.body(),
                request.group(), 0, now, now));
        changes.publish(caller.subject(), groupsOf(request.group()));
        return created;
    }

    @Transactional
    Note update(Caller caller, UUID id, NoteUpdateRequest request) {
        Note current = changeable(caller, id, request.version());
        checkGroup(caller, request.group());
        Instant now = now();
        long changed = notes.updateIfCurrent(id, caller.subject(), request.version(), request.title(),
                request.body(), request.group(), now);
        if (changed == 0) {
            throw NoteRefusedException.staleVersion();
        }
        changes.publish(caller.subject(), groupsOf(current.groupPath(), request.group()));
        // The compare-and-set wrote exactly this: no need to read it back.
        return new Note(current.id(), current.author(), request.title(), request.body(), request.group(),
                request.version() + 1, current.createdAt(), now);
    }

    @Transactional
    void delete(Caller caller, UUID id, long version) {
        Note current = changeable(caller, id, version);
        if (notes.deleteIfCurrent(id, caller.subject(), version) == 0) {
            throw NoteRefusedException.staleVersion();
        }
        changes.publish(caller.subject(), groupsOf(current.groupPath()));
    }

    /** The groups a change touches (a note's group before and after it), without the absent ones. */
    private static List<String> groupsOf(@Nullable String... groups) {
        return Arrays.stream(groups).filter(Objects::nonNull).distinct().toList();
    }

    /** Microseconds, as PostgreSQL keeps timestamps, so that a write answers what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Note changeable(Caller caller, UUID id, long version) {
        Note current = find(caller, id);
        if (!current.author().equals(caller.subject())) {
            throw NoteRefusedException.notAuthor();
        }
        if (current.version() != version) {
            throw NoteRefusedException.staleVersion();
        }
        return current;
    }

    private static boolean isVisible(Caller caller, Note note) {
        return note.author().equals(caller.subject())
                || note.groupPath() != null && caller.groups().contains(note.groupPath());
    }

    private static void checkGroup(Caller caller, @Nullable String group) {
        if (group == null) {
            return;
        }
        if (!caller.hasScope(Scopes.GROUPS)) {
            throw new InsufficientScopeException(ScopeRequirement.allOf(Scopes.WRITE, Scopes.GROUPS));
        }
        if (!caller.groups().contains(group)) {
            throw NoteRefusedException.notYourGroup();
        }
    }

    static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
