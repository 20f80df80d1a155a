package dev.frontgate.keycloak.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule =
            new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(6));

    @Test
    void pausesDoubleUpToTheLongestPause() {
        assertThat(schedule.pauseAfter(1, Duration.ZERO)).contains(Duration.ofSeconds(1));
        assertThat(schedule.pauseAfter(2, Duration.ZERO)).contains(Duration.ofSeconds(2));
        assertThat(schedule.pauseAfter(5, Duration.ZERO)).contains(Duration.ofSeconds(16));
        assertThat(schedule.pauseAfter(6, Duration.ZERO)).contains(Duration.ofSeconds(30));
        assertThat(schedule.pauseAfter(40, Duration.ZERO)).contains(Duration.ofSeconds(30));
    }

    @Test
    void givesUpOnceEveryTokenOfTheSessionHasExpired() {
        assertThat(schedule.pauseAfter(20, Duration.ofMinutes(5).plusSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(schedule.pauseAfter(20, Duration.ofMinutes(5).plusSeconds(31))).isEqualTo(Optional.empty());
    }
}
