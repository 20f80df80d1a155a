package dev.frontgate.api.notes;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * The note-page cache ({@link NotePageCache}): bound in application.yml to the FRONTGATE_NOTE_PAGE_CACHE_*
 * variables.
 *
 * @param enabled    off means every page is read from the database
 * @param maxMemory  the most memory the cached pages may take, approximately (for example {@code 16MB})
 * @param timeToLive the longest a page is served from memory; only a change made around the service (SQL by hand)
 *                   waits this long, every change through any replica ends the pages it touches at once
 */
@ConfigurationProperties("frontgate.notes.page-cache")
public record NotePageCacheConfiguration(
        boolean enabled,
        @ReadableBytes @Positive int maxMemory,
        @NotNull Duration timeToLive) {

    public NotePageCacheConfiguration {
        if (maxMemory <= 0 || timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("frontgate.notes.page-cache max-memory and time-to-live must be positive");
        }
    }
}
