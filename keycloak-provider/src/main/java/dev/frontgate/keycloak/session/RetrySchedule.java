package dev.frontgate.keycloak.session;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a failed delivery again: after 1 s, doubling up to {@code longestPause}, and never after
 * {@code giveUpAfter}, when every access token of the ended session has expired and the logout no longer matters.
 */
record RetrySchedule(Duration firstPause, Duration longestPause, Duration giveUpAfter) {

    /** The pause before attempt {@code failedAttempts + 1}, or empty when it would come too late. */
    Optional<Duration> pauseAfter(int failedAttempts, Duration elapsed) {
        Duration pause = firstPause;
        for (int i = 1; i < failedAttempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        pause = pause.compareTo(longestPause) < 0 ? pause : longestPause;
        return elapsed.plus(pause).compareTo(giveUpAfter) <= 0 ? Optional.of(pause) : Optional.empty();
    }
}
