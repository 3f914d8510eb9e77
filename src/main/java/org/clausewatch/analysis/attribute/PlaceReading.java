package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Governing law ("governed by the laws of the State of California", "governed by Irish law") and venue places. */
final class PlaceReading {
    /** Capitalised words, possibly joined by commas, "and", "of" or "the": "Santa Clara County, California". */
    private static final String PLACE =
            "(?-i:(\\p{Lu}[\\p{L}.'’-]*(?:(?:,\\s*|\\s+)(?:(?:and|of|the)\\s+)?\\p{Lu}[\\p{L}.'’-]*)*))";

    private static final String STATE =
            "(?:the\\s+)?(?:(?:city\\s+and\\s+county|state|commonwealth|province|county|city)\\s+of\\s+)?";
    private static final List<Pattern> LAW = List.of(
            Pattern.compile(
                    "\\bgoverned\\s+by[^.;]{0,60}?\\blaws?\\s+of\\s+" + STATE + PLACE, Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\blaws?\\s+of\\s+" + STATE + PLACE + "[^.;]{0,40}?\\bgovern", Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "\\bgoverned\\s+by\\b[^.;]{0,120}?\\band\\s+(?:the\\s+)?laws?\\s+of\\s+" + STATE + PLACE,
                    Pattern.CASE_INSENSITIVE));
    private static final Pattern LAW_ADJECTIVE = Pattern.compile(
            "\\bgoverned\\s+(?:exclusively\\s+)?by\\b[^.;]{0,80}?\\s(?!the\\b)(?-i:(\\p{Lu}\\p{L}+))\\s+laws?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> VENUE = List.of(
            Pattern.compile(
                    "\\b(?:courts?|tribunals?)\\s+(?:located\\s+|sitting\\s+|situated\\s+|based\\s+)?(?:in|of)\\s+"
                            + STATE + PLACE,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "\\barbitration\\b[^.;]{0,120}?\\b(?:held|conducted|take\\s+place|seated)\\b[^.;]{0,40}?\\bin\\s+"
                            + "(?!(?:the\\s+)?\\w+\\s+language\\b)" + STATE + PLACE,
                    Pattern.CASE_INSENSITIVE));
    /** Words that end a place: they begin the rest of the sentence, which all-capital text does not mark. */
    private static final Set<String> STOP = Set.of(
            "without",
            "regardless",
            "excluding",
            "except",
            "notwithstanding",
            "including",
            "and",
            "or",
            "for",
            "to",
            "in",
            "on",
            "with",
            "applicable",
            "that",
            "which",
            "as",
            "any",
            "shall",
            "will",
            "you",
            "your",
            "all",
            "its",
            "court",
            "courts",
            "jurisdiction",
            "competent",
            "law",
            "laws",
            "rules",
            "provisions",
            "the",
            "if",
            "unless",
            "subject");

    private static final Pattern WORD_BREAK = Pattern.compile("(?<=,)\\s*|\\s+");
    private static final Pattern SPACE = Pattern.compile(" ");

    private PlaceReading() {}

    static void read(Sentence sentence, List<Attribute> found) {
        for (Pattern pattern : LAW) {
            places(sentence, pattern, Names.GOVERNING_LAW, found);
        }
        Matcher adjective = LAW_ADJECTIVE.matcher(sentence.text()).region(sentence.start(), sentence.end());
        while (adjective.find()) {
            if (STOP.contains(adjective.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String place = adjectivePlace(sentence, adjective.start(1), adjective.end(1));
            found.add(sentence.attribute(Names.GOVERNING_LAW, place, adjective.start(), adjective.end()));
        }
        for (Pattern pattern : VENUE) {
            places(sentence, pattern, Names.VENUE, found);
        }
    }

    private static void places(Sentence sentence, Pattern pattern, String name, List<Attribute> found) {
        Matcher matcher = pattern.matcher(sentence.text()).region(sentence.start(), sentence.end());
        while (matcher.find()) {
            String place = place(matcher.group(1));
            if (!place.isEmpty()) {
                int end = Math.min(
                        matcher.end(), matcher.start(1) + matcher.group(1).length());
                found.add(sentence.attribute(name, place, matcher.start(), end));
            }
        }
    }

    private static String adjectivePlace(Sentence sentence, int start, int end) {
        for (Lexicon.Hit hit : sentence.lexicon().hits(Cue.PLACE_ADJECTIVE, sentence.text(), start, end)) {
            return hit.value();
        }
        return sentence.text().substring(start, end);
    }

    /** The place words up to the first word that begins the rest of the sentence; title case for capitals. */
    static String place(String words) {
        List<String> kept = new ArrayList<>();
        for (String word : WORD_BREAK.split(words)) {
            String bare = word.replaceAll("[,.'’]+$", "");
            if (STOP.contains(bare.toLowerCase(Locale.ROOT)) && !(kept.size() > 0 && isJoiner(bare))) {
                break;
            }
            kept.add(word);
        }
        while (!kept.isEmpty() && isJoiner(kept.get(kept.size() - 1).replaceAll("[,]+$", ""))) {
            kept.remove(kept.size() - 1);
        }
        String place = String.join(" ", kept).replaceAll("\\s+,", ",").replaceAll("[,;:]+$", "");
        place = place.replaceAll("(?<=\\p{Ll})\\.$", "");
        return place.equals(place.toUpperCase(Locale.ROOT)) ? titleCase(place) : place;
    }

    /** "and" or "of" inside a written-case place ("England and Wales") is part of it; all-capital joiners end it. */
    private static boolean isJoiner(String word) {
        return word.equals("and") || word.equals("of") || word.equals("the");
    }

    private static String titleCase(String place) {
        StringBuilder out = new StringBuilder();
        for (String word : SPACE.split(place)) {
            String bare = word.replaceAll("[^\\p{L}]", "");
            boolean acronym = bare.length() <= 3;
            out.append(out.length() == 0 ? "" : " ")
                    .append(acronym ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
