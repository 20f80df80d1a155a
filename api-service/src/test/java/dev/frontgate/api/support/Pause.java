package dev.frontgate.api.support;

import java.time.Duration;

/** The wait between two looks of a test that polls for something another thread or process does. */
public final class Pause {

    private Pause() {
    }

    public static void of(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
