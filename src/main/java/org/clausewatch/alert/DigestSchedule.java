package org.clausewatch.alert;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When digests go out: daily at {@code hour} in {@code zone}, weekly on {@code weeklyOn} at that hour. An alert
 * recorded at a slot's exact instant waits for the next slot, so a slot's content is fixed once it is due.
 */
public record DigestSchedule(int hour, ZoneId zone, DayOfWeek weeklyOn) {
    public DigestSchedule {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("digest hour must be 0 to 23, not " + hour);
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(weeklyOn, "weeklyOn");
    }

    /** The first slot of the mode strictly after {@code now}. */
    Instant next(Mode mode, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime slot = local.toLocalDate().atTime(LocalTime.of(hour, 0)).atZone(zone);
        if (mode == Mode.WEEKLY) {
            slot = slot.with(TemporalAdjusters.nextOrSame(weeklyOn));
            return slot.toInstant().isAfter(now)
                    ? slot.toInstant()
                    : slot.plusWeeks(1).toInstant();
        }
        return slot.toInstant().isAfter(now)
                ? slot.toInstant()
                : slot.plusDays(1).toInstant();
    }
}
