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
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Conditions() {}

    static void read(Sentence sentence, String name, List<Attribute> found) {
        for (Lexicon.Hit hit : sentence.hits(Cue.LICENCE_CONDITION)) {
            String phrase = sentence.text().substring(hit.start(), hit.end());
            found.add(sentence.attribute(name, normalise(phrase), hit));
        }
    }

    private static String normalise(String phrase) {
        String plain = QUOTES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(plain).replaceAll(" ").strip().replaceAll("[,;:.]+$", "");
    }
}
