package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The limits a sentence puts on what it grants or states: "only for Input incorporated in Output", "during the
 * subscription term", "until you delete it", "according to your Keep Activity setting". They are read from the
 * sentence that carries the grant or the training use, so that a limit is attached to what it limits.
 */
final class Conditions {
    private static final Pattern QUOTES = Pattern.compile("[“”\"]");
    /** Where a limit ends when its words run on: before the object of a grant or a new list of terms. */
    private static final Pattern END = Pattern.compile(
            ",\\s+(?:an?|the|including|which|but|for\\s+the\\s+purpose|and\\s+(?:does|will|to))\\b|\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Conditions() {}

    static void read(Sentence sentence, String name, List<Attribute> found) {
        for (Lexicon.Hit hit : sentence.hits(Cue.LICENCE_CONDITION)) {
            java.util.regex.Matcher end = END.matcher(sentence.text()).region(hit.start(), hit.end());
            int to = end.find() ? end.start() : hit.end();
            if (within(found, name, hit.start(), to)) {
                continue;
            }
            String phrase = sentence.text().substring(hit.start(), to);
            found.add(sentence.attribute(name, normalise(phrase), hit.start(), to));
        }
    }

    /** Whether a limit already read covers these words: "solely as necessary to …" holds "as necessary to …". */
    private static boolean within(List<Attribute> found, String name, int start, int end) {
        return found.stream().anyMatch(a -> a.name().equals(name) && a.start() <= start && end <= a.end());
    }

    static String normalise(String phrase) {
        String plain = QUOTES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(plain).replaceAll(" ").strip().replaceAll("[,;:.]+$", "");
    }
}
