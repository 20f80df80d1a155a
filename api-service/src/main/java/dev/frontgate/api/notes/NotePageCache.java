package dev.frontgate.api.notes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Pages of notes as written to the wire, so that a list request the database already answered costs what a token-only
 * request costs. A page is valid while nothing it may show has changed: every note change bumps the generation of its
 * author and of its groups ({@link #changed}), and a cached page keeps the generations of its caller and the caller's
 * groups from before it was read. A page whose generations moved is never served, also when the change came while it
 * was being read, so no page older than a change it could show outlives that change.
 *
 * <p>Changes arrive from this replica's writes after they commit and from every replica's through
 * {@link NoteChangeFeed}. While that feed is not listening, changes of other replicas could be missed: the cache is
 * then bypassed, and what it held before is dropped when it listens again ({@link #feedDown}, {@link #feedUp}).
 */
@Singleton
final class NotePageCache {

    /** Tags (authors and groups) share this many counters: two tags on one counter only end more pages. */
    private static final int STRIPES = 4096;
    /** Rough bytes of an entry besides its JSON: key, groups, generations, map node. */
    private static final int ENTRY_OVERHEAD = 256;

    /** What a page depends on: who asks, with which groups, and which page. */
    record Key(String subject, List<String> groups, int page, int size) {
    }

    /** The generations a page was read under, taken before its read. */
    record Stamp(long epoch, long[] generations) {
    }

    private record Entry(byte[] json, Stamp stamp) {
    }

    private final NotePageCacheConfiguration settings;
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
    private final AtomicLong epoch = new AtomicLong();
    private final Cache<Key, Entry> pages;
    private volatile boolean feedListening;

    NotePageCache(NotePageCacheConfiguration settings) {
        this.settings = settings;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxMemory())
                .<Key, Entry>weigher((key, entry) -> entry.json().length + ENTRY_OVERHEAD)
                .expireAfterWrite(settings.timeToLive())
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** The page's JSON while it is still valid. */
    Optional<byte[]> get(Key key) {
        if (!active()) {
            return Optional.empty();
        }
        Entry entry = pages.getIfPresent(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!isCurrent(entry.stamp(), key)) {
            pages.asMap().remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.json());
    }

    /** The generations to read a page under; empty when the cache is off or bypassed. */
    Optional<Stamp> stamp(Key key) {
        return active() ? Optional.of(current(key)) : Optional.empty();
    }

    /** Keeps a page read under {@code stamp}, unless something it may show changed since. */
    void put(Key key, Stamp stamp, byte[] json) {
        if (active() && isCurrent(stamp, key)) {
            pages.put(key, new Entry(json, stamp));
        }
    }

    /** A note of {@code author} changed, shared with these groups before or after the change. */
    void changed(String author, Iterable<String> groups) {
        generations.incrementAndGet(stripe(authorTag(author)));
        for (String group : groups) {
            generations.incrementAndGet(stripe(groupTag(group)));
        }
    }

    /** Something changed that cannot be told by author and group: every page ends. */
    void changedEverything() {
        epoch.incrementAndGet();
        pages.invalidateAll();
    }

    /** Changes of other replicas reach this one from now on: pages from before may have missed some. */
    void feedUp() {
        changedEverything();
        feedListening = true;
    }

    /** Changes of other replicas may be missed from now on: bypass the cache until {@link #feedUp}. */
    void feedDown() {
        feedListening = false;
        changedEverything();
    }

    /** 1 while this replica hears every replica's changes (the cache is in use), 0 while it bypasses the cache. */
    boolean listening() {
        return feedListening;
    }

    void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, pages, "frontgate_note_page_cache");
        if (settings.enabled()) {
            Gauge.builder("frontgate.note.change.feed.listening", this, cache -> cache.listening() ? 1 : 0)
                    .description("1 while this replica hears every replica's note changes and serves note pages from"
                            + " memory, 0 while it reads every page from the database")
                    .register(registry);
        }
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    private boolean active() {
        return settings.enabled() && feedListening;
    }

    private boolean isCurrent(Stamp stamp, Key key) {
        Stamp now = current(key);
        return now.epoch() == stamp.epoch() && Arrays.equals(now.generations(), stamp.generations());
    }

    private Stamp current(Key key) {
        long[] now = new long[key.groups().size() + 1];
        now[0] = generations.get(stripe(authorTag(key.subject())));
        for (int i = 0; i < key.groups().size(); i++) {
            now[i + 1] = generations.get(stripe(groupTag(key.groups().get(i))));
        }
        return new Stamp(epoch.get(), now);
    }

    private static String authorTag(String author) {
        return "author " + author;
    }

    private static String groupTag(String group) {
        return "group " + group;
    }

    private static int stripe(String tag) {
        return Math.floorMod(tag.hashCode() * 0x9E3779B9, STRIPES);
    }
}
