package dev.frontgate.api.notes;

import dev.frontgate.api.security.Caller;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The list endpoint's pages as JSON: from {@link NotePageCache} while nothing on them changed, else from the database
 * ({@link NoteService#visible}) and kept for the next request of the same caller, groups and page.
 */
@Singleton
final class CachedNotePages {

    private final NoteService notes;
    private final NotePageCache cache;
    private final JsonMapper json;

    CachedNotePages(NoteService notes, NotePageCache cache, JsonMapper json) {
        this.notes = notes;
        this.cache = cache;
        this.json = json;
    }

    byte[] page(Caller caller, int page, int size) {
        NotePageCache.Key key = new NotePageCache.Key(caller.subject(), caller.groups(), page, size);
        Optional<byte[]> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        // Taken before the read: a change committed while the page is read makes the page unfit to keep.
        Optional<NotePageCache.Stamp> stamp = cache.stamp(key);
        byte[] answer = write(notes.visible(caller, page, size));
        stamp.ifPresent(readUnder -> cache.put(key, readUnder, answer));
        return answer;
    }

    private byte[] write(NotePage page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
