package org.clausewatch.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.knowledge.Severity;

/**
 * A full-text search over provisions: the words to find (all of them), optional filters, and a page. A version
 * matches the date range when it was in force at some time inside it: captured before its end, and not replaced
 * by the next version before its start. {@code topic} and {@code severity} match what the reading of the
 * provision's wording found. The words are taken from {@code text} as runs of letters and digits, so no query
 * syntax of the search engine ever reaches it from a user.
 */
public record SearchQuery(
        String text,
        Optional<String> service,
        Optional<String> termsType,
        Optional<String> topic,
        Optional<Severity> severity,
        Optional<Instant> from,
        Optional<Instant> to,
        int limit,
        int offset) {
    static final int MAX_TERMS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public SearchQuery {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException(
                    "limit must be positive and offset not negative, not limit " + limit + ", offset " + offset);
        }
        text = text == null ? "" : text;
        if (from.isPresent() && to.isPresent() && from.orElseThrow().isAfter(to.orElseThrow())) {
            throw new IllegalArgumentException(
                    "the date range ends (" + to.orElseThrow() + ") before it starts (" + from.orElseThrow() + ")");
        }
    }

    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                limit,
                0);
    }

    /** Whether anything but the words narrows the search. */
    boolean filtered() {
        return service.isPresent()
                || termsType.isPresent()
                || topic.isPresent()
                || severity.isPresent()
                || from.isPresent()
                || to.isPresent();
    }

    /** The words searched for, lower case, at most {@value #MAX_TERMS}. */
    public List<String> terms() {
        List<String> terms = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find() && terms.size() < MAX_TERMS) {
            terms.add(words.group().toLowerCase(Locale.ROOT));
        }
        return terms;
    }
}
