package org.clausewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {
    private final DigestSchedule paris = new DigestSchedule(8, ZoneId.of("Europe/Paris"), DayOfWeek.MONDAY);

    @Test
    void dailySlotIsTheNextConfiguredHourInTheZone() {
        assertThat(paris.next(Mode.DAILY, Instant.parse("2026-03-02T06:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(paris.next(Mode.DAILY, Instant.parse("2026-03-02T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
    }

    @Test
    void followsSummerTime() {
        // Paris moves to UTC+2 on 29 March 2026: 08:00 local is then 06:00 UTC.
        assertThat(paris.next(Mode.DAILY, Instant.parse("2026-03-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void weeklySlotIsTheConfiguredWeekday() {
        // Monday 2 March 2026 after 08:00 in Paris: the next Monday.
        assertThat(paris.next(Mode.WEEKLY, Instant.parse("2026-03-02T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-09T07:00:00Z"));
        assertThat(paris.next(Mode.WEEKLY, Instant.parse("2026-03-04T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-09T07:00:00Z"));
        assertThat(paris.next(Mode.WEEKLY, Instant.parse("2026-03-02T06:59:00Z")))
                .isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
    }

    @Test
    void refusesAnHourOutsideTheDay() {
        assertThatThrownBy(() -> new DigestSchedule(24, ZoneId.of("UTC"), DayOfWeek.MONDAY))
                .hasMessageContaining("0 to 23, not 24");
    }
}
