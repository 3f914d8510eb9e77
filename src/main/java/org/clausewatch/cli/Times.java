package org.clausewatch.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the dates users type on the command line. */
final class Times {
    private Times() {}

    /**
     * An instant ({@code 2024-05-01T12:00:00Z}) or a date ({@code 2024-05-01}); a date means the end of that UTC
     * day, so "in force at 2024-05-01" includes versions captured during it.
     */
    static Instant endOf(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .minusMillis(1);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an ISO-8601 date (2024-05-01) or UTC time (2024-05-01T12:00:00Z)", e);
        }
    }

    /** An instant, or a date meaning the start of that UTC day ("changes since 2024-05-01" includes that day). */
    static Instant startOf(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an ISO-8601 date (2024-05-01) or UTC time (2024-05-01T12:00:00Z)", e);
        }
    }
}
