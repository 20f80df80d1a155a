package dev.frontgate.api.notes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotePageCacheTest {

    private static final NotePageCache.Key ALICES_FIRST_PAGE =
            new NotePageCache.Key("alice-sub", List.of("/editors", "/team-a"), 0, 20);
    private static final byte[] PAGE = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);

    private NotePageCache cache;

    @BeforeEach
    void listening() {
        cache = new NotePageCache(new NotePageCacheConfiguration(true, 1 << 20, Duration.ofMinutes(5)));
        cache.feedUp();
    }

    @Test
    void aPageIsServedUntilANoteOfItsCallerChanges() {
        keep(ALICES_FIRST_PAGE);
        assertThat(cache.get(ALICES_FIRST_PAGE)).contains(PAGE);

        cache.changed("alice-sub", List.of());

        assertThat(cache.get(ALICES_FIRST_PAGE)).isEmpty();
    }

    @Test
    void aPageEndsWhenANoteOfOneOfItsGroupsChanges() {
        keep(ALICES_FIRST_PAGE);

        cache.changed("bob-sub", List.of("/team-a"));

        assertThat(cache.get(ALICES_FIRST_PAGE)).isEmpty();
    }

    @Test
    void changesOfOtherAuthorsAndGroupsLeaveThePage() {
        keep(ALICES_FIRST_PAGE);

        cache.changed("carol-sub", List.of("/team-b"));

        assertThat(cache.get(ALICES_FIRST_PAGE)).contains(PAGE);
    }

    @Test
    void aPageReadWhileANoteOnItChangedIsNotKept() {
        NotePageCache.Stamp before = cache.stamp(ALICES_FIRST_PAGE).orElseThrow();

        cache.changed("bob-sub", List.of("/editors"));
        cache.put(ALICES_FIRST_PAGE, before, PAGE);

        assertThat(cache.get(ALICES_FIRST_PAGE)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void withoutTheFeedTheCacheIsBypassedAndWhatItHeldIsDroppedWhenItReturns() {
        keep(ALICES_FIRST_PAGE);

        cache.feedDown();
        assertThat(cache.get(ALICES_FIRST_PAGE)).isEmpty();
        assertThat(cache.stamp(ALICES_FIRST_PAGE)).isEmpty();

        cache.feedUp();
        assertThat(cache.get(ALICES_FIRST_PAGE)).isEmpty();
        keep(ALICES_FIRST_PAGE);
        assertThat(cache.get(ALICES_FIRST_PAGE)).contains(PAGE);
    }

    @Test
    void aChangeOfEverythingEndsEveryPage() {
        keep(ALICES_FIRST_PAGE);

        cache.changedEverything();

        assertThat(cache.get(ALICES_FIRST_PAGE)).isEmpty();
    }

    @Test
    void offMeansNothingIsKept() {
        NotePageCache off = new NotePageCache(new NotePageCacheConfiguration(false, 1 << 20, Duration.ofMinutes(5)));
        off.feedUp();

        assertThat(off.stamp(ALICES_FIRST_PAGE)).isEmpty();
        assertThat(off.get(ALICES_FIRST_PAGE)).isEmpty();
    }

    private void keep(NotePageCache.Key key) {
        cache.put(key, cache.stamp(key).orElseThrow(), PAGE);
    }
}
