package org.clausewatch.analysis.attribute;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clausewatch.analysis.RequiredLiterals;

/**
 * Whether a word-list pattern can match inside a region of a text at all: every match of it contains one literal of
 * each of its requirements ({@link RequiredLiterals}), so a region that holds none of one requirement's literals is
 * skipped without running the expression. Most of a provision's sentences hold none of most patterns' words, and
 * running every pattern at every position of every sentence was most of the time of reading attributes.
 *
 * <p>The patterns match regardless of case, so literals are looked for in the {@linkplain #fold folded} text: the
 * regular-expression engine calls two characters equal without regard to case when they fold to the same character,
 * so a match's folded text holds the folded literal. A literal with a character whose folding is not that simple (a
 * letter outside ASCII) is not trusted, and the pattern is then always run: the filter can only save time, never
 * change a result.
 */
final class LiteralFilter {
    /** The length from which a literal is worth looking for. */
    private static final int TELLING = 3;

    /** A filter that lets every region through. */
    static final LiteralFilter NONE = new LiteralFilter(new String[0][]);

    /** Per requirement, its folded literals, of which a match holds at least one. */
    private final String[][] requirements;

    private LiteralFilter(String[][] requirements) {
        this.requirements = requirements;
    }

    static LiteralFilter of(Pattern pattern) {
        List<List<String>> all = RequiredLiterals.all(pattern.pattern());
        if (all.stream().flatMap(List::stream).anyMatch(literal -> !foldsSimply(literal))) {
            return NONE;
        }
        // a requirement met by a letter or two ("e", " ") rules out almost nothing and costs a search: left out; the
        // most telling requirement is looked for first
        return new LiteralFilter(all.stream()
                .filter(literals -> shortest(literals) >= TELLING)
                .sorted(Comparator.comparingInt(LiteralFilter::shortest).reversed())
                .map(literals -> literals.stream()
                        .map(literal -> literal.toLowerCase(Locale.ROOT))
                        .toArray(String[]::new))
                .toArray(String[][]::new));
    }

    private static int shortest(List<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /** Whether the pattern may match inside {@code folded[from, to)}, the {@linkplain #fold folded} text. */
    boolean admits(String folded, int from, int to) {
        for (String[] literals : requirements) {
            if (!anyInside(folded, literals, from, to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyInside(String folded, String[] literals, int from, int to) {
        for (String literal : literals) {
            if (folded.indexOf(literal, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with each character folded as case-insensitive matching folds it (upper case, then lower case), one
     * character for one, so that positions stay those of the text.
     */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(folded);
    }

    /** ASCII, or a character without case: what matches it folds to what it folds to. */
    private static boolean foldsSimply(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean caseless = Character.toUpperCase(c) == c && Character.toLowerCase(c) == c;
            if (c >= 0x80 && (!caseless || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }
}
