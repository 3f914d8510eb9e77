package org.clausewatch.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.clausewatch.common.FailureClass;

/** Turns an unsuccessful HTTP status (with its headers and body) into a classified failure. */
final class StatusClassifier {
    private final BotChallenges challenges;

    StatusClassifier(BotChallenges challenges) {
        this.challenges = challenges;
    }

    FetchException classify(Reply reply, Instant now) {
        FailureClass failureClass = failureClass(reply);
        Optional<Duration> retryAfter = reply.header("retry-after").flatMap(value -> retryAfter(value, now));
        String message = reply.url() + " answered HTTP " + reply.status() + explain(failureClass);
        return new FetchException(reply.url(), failureClass, message, retryAfter, null);
    }

    private FailureClass failureClass(Reply reply) {
        int status = reply.status();
        if (isChallenge(reply)) {
            return FailureClass.BOT_CHALLENGE;
        }
        return switch (status) {
            case 404 -> FailureClass.NOT_FOUND;
            case 410 -> FailureClass.GONE;
            case 401, 403 -> FailureClass.FORBIDDEN;
            case 429 -> FailureClass.RATE_LIMITED;
            default -> status >= 500 && status < 600 ? FailureClass.SERVER_ERROR : FailureClass.HTTP_ERROR;
        };
    }

    private boolean isChallenge(Reply reply) {
        int status = reply.status();
        boolean refusal = status == 401 || status == 403 || status == 429 || status == 503;
        return (status >= 400 && challenges.matchesHeaders(reply)) || (refusal && challenges.matchesBody(reply.body()));
    }

    private static String explain(FailureClass failureClass) {
        return switch (failureClass) {
            case BOT_CHALLENGE -> " with a bot-challenge page instead of the document";
            case RATE_LIMITED -> " (too many requests)";
            default -> "";
        };
    }

    /** Retry-After is either delay-seconds or an HTTP-date; anything else is ignored. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
