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
            ",\\s+(?:an?|the|including|which|but|for\\s+the\\s+purpose|and\\s+(?:does|will|to))\\b|\\)"
                    + "|,?\\s+you\\s+(?:hereby\\s+)?(?:grant|give|agree|acknowledge)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Conditions() {}

    static void read(Sentence sentence, String name, List<Attribute> found) {
        for (Lexicon.Hit hit : sentence.hits(Cue.LICENCE_CONDITION)) {
            java.util.regex.Matcher end = END.matcher(sentence.text()).region(hit.start(), hit.end());
            int to = end.find() ? end.start() : hit.end();
            // an opt-out or a consent is read for what it is, not as a limit ("unless you opt out", "unless you agree")
            // (looked for over the whole of the limit's words: "unless you give explicit permission" ends at "you
            // give")
            if (within(found, name, hit.start(), to)
                    || sentence.lexicon().any(Cue.OPT_OUT, sentence.text(), hit.start(), hit.end())
                    || sentence.lexicon().any(Cue.CONSENT, sentence.text(), hit.start(), hit.end())) {
                continue;
            }
            String phrase = sentence.text().substring(hit.start(), to);
            if (!phrase.strip().contains(" ") || optOutRoute(sentence, hit.start(), to)) {
                continue; // a bare "unless" limits nothing; the route of an opt-out is no limit
            }
            found.add(sentence.attribute(name, normalise(phrase), hit.start(), to));
        }
    }

    /** "You can object to our use … by submitting the objection form": the way out, not a limit of the use. */
    private static boolean optOutRoute(Sentence sentence, int start, int end) {
        return sentence.lexicon().any(Cue.OPT_OUT, sentence.text(), sentence.start(), start)
                && sentence.lexicon().any(Cue.OPT_OUT_ROUTE, sentence.text(), start, end);
    }

    /** Whether a limit already read covers these words: "solely as necessary to …" holds "as necessary to …". */
    private static boolean within(List<Attribute> found, String name, int start, int end) {
        return found.stream().anyMatch(a -> a.name().equals(name) && a.start() <= start && end <= a.end());
    }

    /** The limit as worded, without quotes, runs of spaces or trailing punctuation; its case is kept for the prose. */
    static String normalise(String phrase) {
        String plain = QUOTES.matcher(phrase).replaceAll("");
        return SPACES.matcher(plain).replaceAll(" ").strip().replaceAll("[,;:.]+$", "");
    }

    /**
     * The limit as a sentence about what it limits: "It applies only for Input incorporated in Output.", "It ends when
     * the Promotion has been completed.", "It does not extend to other users' output.".
     */
    static String sentence(String limit) {
        String lower = limit.toLowerCase(Locale.ROOT);
        if (lower.startsWith("does not") || lower.startsWith("only applies") || lower.startsWith("applies")) {
            return "It " + limit + ".";
        }
        if (lower.matches("(?:ends?|terminates?|expires?)\\b.*")) {
            return "It ends " + limit.substring(limit.indexOf(' ') + 1) + ".";
        }
        if (lower.startsWith("for as long as") || lower.startsWith("during") || lower.startsWith("until")) {
            return "It lasts " + limit + ".";
        }
        if (lower.equals("by default")) {
            return "This is the default.";
        }
        if (lower.startsWith("by ")) {
            return "It is given " + lower.charAt(0) + limit.substring(1) + ".";
        }
        if (lower.matches(
                "(?:inputs?|content|materials?|prompts?)\\s+(?:that\\s+\\w+\\s+|which\\s+\\w+\\s+)?(?:incorporated|included)\\b.*")) {
            return "It covers only " + limit + ".";
        }
        if (lower.matches("(?:personal|non-?commercial)\\b.*")) {
            return "It covers " + limit + " only.";
        }
        return "It applies " + limit.substring(0, 1).toLowerCase(Locale.ROOT) + limit.substring(1) + ".";
    }
}
