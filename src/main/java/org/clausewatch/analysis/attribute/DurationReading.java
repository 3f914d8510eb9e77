package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations normalised to days (a week is 7, a month 30, a year 365 days; hours round up to whole days), typed by
 * the sentence they stand in: an arbitration opt-out window, a notice period, or a retention period.
 */
final class DurationReading {
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:(\\d{1,4})|" + Numbers.WORDS + "(?:\\s*\\(\\s*(\\d{1,4})\\s*\\))?)(?:\\s+|-)"
                    + "(?:(?:calendar|business|working)\\s+)?(hour|day|week|month|year)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("^" + Numbers.WORDS, Pattern.CASE_INSENSITIVE);

    /**
     * "You may opt out of … arbitration … by emailing a written notice … The notice must be sent within 30 days": a
     * sentence that continues an arbitration opt-out ("The notice", "Your opt-out") states its window.
     */
    private static final Pattern CONTINUES_OPT_OUT = Pattern.compile(
            "^\\W*(?:the|this|that|such|your|any)\\s+(?:[\\w-]+\\s+)?(?:notice|opt[- ]?out|request|election)\\b",
            Pattern.CASE_INSENSITIVE);

    private DurationReading() {}

    static void read(Sentence sentence, Sentence previous, List<Attribute> found) {
        String name = kind(sentence);
        if (name == null
                && previous != null
                && previous.has(Cue.ARBITRATION_OPT_OUT_CONTEXT)
                && CONTINUES_OPT_OUT.matcher(sentence.words()).find()) {
            name = Names.ARBITRATION_OPT_OUT_DAYS;
        }
        if (name == null) {
            return;
        }
        Matcher matcher = DURATION.matcher(sentence.text()).region(sentence.start(), sentence.end());
        while (matcher.find()) {
            OptionalInt count = count(matcher);
            if (count.isPresent()) {
                int days = days(count.getAsInt(), matcher.group(3).toLowerCase(Locale.ROOT));
                found.add(sentence.attribute(name, Integer.toString(days), matcher.start(), matcher.end()));
            }
        }
    }

    private static String kind(Sentence sentence) {
        if (sentence.has(Cue.ARBITRATION_OPT_OUT_CONTEXT)) {
            return Names.ARBITRATION_OPT_OUT_DAYS;
        }
        if (sentence.has(Cue.NOTICE_CONTEXT)) {
            return Names.NOTICE_DAYS;
        }
        if (sentence.has(Cue.RETENTION_CONTEXT)) {
            return Names.RETENTION_DAYS;
        }
        return null;
    }

    private static OptionalInt count(Matcher matcher) {
        if (matcher.group(1) != null) {
            return Numbers.parse(matcher.group(1));
        }
        if (matcher.group(2) != null) {
            return Numbers.parse(matcher.group(2));
        }
        Matcher word = WORD.matcher(matcher.group());
        return word.find() ? Numbers.parse(word.group()) : OptionalInt.empty();
    }

    static int days(int count, String unit) {
        return switch (unit) {
            case "hour" -> (count + 23) / 24;
            case "week" -> count * 7;
            case "month" -> count * 30;
            case "year" -> count * 365;
            default -> count;
        };
    }
}
