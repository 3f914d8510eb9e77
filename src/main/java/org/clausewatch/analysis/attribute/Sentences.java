package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence spans of a plain text: a sentence ends at {@code . ! ?} followed by a space and a capital, digit,
 * quote or bracket, except after common abbreviations ("e.g.", "Inc.", "U.S.") that legal text is full of.
 */
final class Sentences {
    /** A sentence at {@code [start, end)} of the text. */
    record Span(int start, int end) {}

    private static final Pattern END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\p{N}(\"“‘'\\[])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:e\\.g|i\\.e|etc|inc|ltd|llc|co|corp|no|art|sec|para|u\\.s|vs|cf|st|mr|ms|dr)|\\b\\p{L})$");

    private Sentences() {}

    static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        Matcher end = END.matcher(text);
        while (end.find()) {
            if (abbreviation(text, start, end.start())) {
                continue;
            }
            spans.add(new Span(start, end.end()));
            start = skipSpace(text, end.end());
        }
        if (start < text.length()) {
            spans.add(new Span(start, text.length()));
        }
        return spans;
    }

    /** Whether the words just before a full stop are an abbreviation; looks only at the last few characters. */
    private static boolean abbreviation(String text, int start, int end) {
        Matcher matcher = ABBREVIATION.matcher(text).region(Math.max(start, end - 8), end);
        return matcher.useTransparentBounds(true).find();
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
