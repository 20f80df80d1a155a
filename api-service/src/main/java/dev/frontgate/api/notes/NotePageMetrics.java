package dev.frontgate.api.notes;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/** The note-page cache and its change feed as metrics (names: docs/operations.md). */
@Singleton
final class NotePageMetrics implements MeterBinder {

    private final NotePageCache cache;

    NotePageMetrics(NotePageCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        cache.bindTo(registry);
    }
}
