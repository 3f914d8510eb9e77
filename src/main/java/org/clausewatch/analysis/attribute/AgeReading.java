package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages: the minimum age to use the service ("at least 13", "18 or older", "not … under 16") and the age below
 * which a parent's consent is needed ("if you are under 18, your parent …").
 */
final class AgeReading {
    private static final String AGE = "(\\d{1,2}|" + Numbers.WORDS + ")";
    private static final Pattern UNDER = Pattern.compile(
            "\\b(?:under|below|younger than)\\s+(?:the\\s+age\\s+of\\s+)?" + AGE + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MINIMUM = Pattern.compile(
            "\\b(?:at least|minimum age (?:of|is)|over the age of|over|older than|aged|age of)\\s+" + AGE + "\\b"
                    + "|\\b" + AGE + "\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:years?\\s+(?:of\\s+age|old)\\s+)?or\\s+older\\b",
            Pattern.CASE_INSENSITIVE);

    private AgeReading() {}

    static void read(Sentence sentence, List<Attribute> found) {
        if (!sentence.has(Cue.AGE_CONTEXT)) {
            return;
        }
        List<int[]> taken = new ArrayList<>();
        // "under 18" needs a parent (a parental-consent age) or a denial ("not directed at children under 13", a
        // minimum age); in a definition ("a minor is anyone under 18") it sets neither.
        if (sentence.has(Cue.PARENTAL_CONTEXT)) {
            read(sentence, UNDER, Names.PARENTAL_CONSENT_BELOW, taken, found);
        } else if (sentence.has(Cue.NEGATION)) {
            read(sentence, UNDER, Names.MINIMUM_AGE, taken, found);
        }
        read(sentence, MINIMUM, Names.MINIMUM_AGE, taken, found);
    }

    private static void read(
            Sentence sentence, Pattern pattern, String name, List<int[]> taken, List<Attribute> found) {
        Matcher matcher = pattern.matcher(sentence.text()).region(sentence.start(), sentence.end());
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (taken.stream().anyMatch(span -> start < span[1] && span[0] < end)) {
                continue;
            }
            String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(matcher.groupCount());
            OptionalInt age = Numbers.parse(number);
            // "a", "one", "two" are never ages of consent; they come from "at least one" or "over a year".
            if (age.isPresent() && age.getAsInt() >= 10 && age.getAsInt() <= 25) {
                taken.add(new int[] {start, end});
                found.add(sentence.attribute(name, Integer.toString(age.getAsInt()), start, end));
            }
        }
    }
}
