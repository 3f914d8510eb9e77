package org.clausewatch.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query and path parameters, validated: a bad value is an {@link IllegalArgumentException} that names it. */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private Params() {}

    static long id(Context ctx, String name) {
        return number(name, ctx.pathParam(name));
    }

    static Optional<Long> optionalId(Context ctx, String name) {
        return text(ctx, name).map(value -> number(name, value));
    }

    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    static int limit(Context ctx) {
        long limit = text(ctx, "limit").map(v -> number("limit", v)).orElse((long) DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return (int) limit;
    }

    static int offset(Context ctx) {
        long offset = text(ctx, "offset").map(v -> number("offset", v)).orElse(0L);
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("offset must not be negative, not " + offset);
        }
        return (int) offset;
    }

    /** A date ({@code 2024-05-01}) or UTC time; a date {@code from} starts at the day's start. */
    static Optional<Instant> from(Context ctx, String name) {
        return text(ctx, name).map(value -> instant(name, value, false));
    }

    /** A date or UTC time; a date {@code to} ends at the day's end, so that the day is included. */
    static Optional<Instant> to(Context ctx, String name) {
        return text(ctx, name).map(value -> instant(name, value, true));
    }

    static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay
                        ? day.plusDays(1)
                                .atStartOfDay()
                                .toInstant(ZoneOffset.UTC)
                                .minusMillis(1)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be a date like 2024-05-01 or a UTC time like 2024-05-01T12:00:00Z, not '" + value
                            + "'",
                    e);
        }
    }
}
