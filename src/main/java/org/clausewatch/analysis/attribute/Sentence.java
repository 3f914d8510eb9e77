package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a provision's plain text, with the questions the readers ask of it: which cues it holds,
 * where the clause around a word begins, and whether a clause is negated.
 */
record Sentence(Lexicon lexicon, String text, int start, int end, Sentence leadIn, boolean item) {
    Sentence(Lexicon lexicon, String text, int start, int end) {
        this(lexicon, text, start, end, null, false);
    }

    /**
     * Whether this sentence is (in) a list item whose lead-in the provision does not hold: "* To improve the Services,
     * including training our models" under a "We use your information to:" that stood in the paragraph before.
     */
    boolean orphanItem() {
        return item && leadIn == null;
    }

    /** The lead-in this sentence continues, when it is (in) a list item: "We use your information to:". */
    Optional<Sentence> lead() {
        return Optional.ofNullable(leadIn);
    }

    /** The sentence's words. */
    String words() {
        return text.substring(start, end);
    }

    List<Lexicon.Hit> hits(Cue cue) {
        return lexicon.hits(cue, text, start, end);
    }

    boolean has(Cue cue) {
        return lexicon.any(cue, text, start, end);
    }

    /** Where the clause holding position {@code at} begins: right after the last clause break before it. */
    int clauseStart(int at) {
        int clause = start;
        for (Lexicon.Hit hit : lexicon.hits(Cue.CLAUSE_BREAK, text, start, at)) {
            clause = Math.max(clause, hit.end());
        }
        return clause;
    }

    /** Where the clause holding position {@code at} ends: at the first clause break after it, or the sentence's end. */
    int clauseEnd(int at) {
        return lexicon.first(Cue.CLAUSE_BREAK, text, at, end)
                .map(Lexicon.Hit::start)
                .orElse(end);
    }

    /**
     * Whether the words from the start of the clause up to {@code at} deny what follows ("we do not use …
     * to train"), ignoring negations inside a hypothetical ("if you do not want us to …") or a refused opt-out ("you
     * cannot opt out of our use …"), which deny something else.
     */
    boolean negatedBefore(int at) {
        int from = clauseStart(at);
        // "This license does not, however, permit GitHub … to share": the negation stands before an aside
        if (ASIDE_AFTER_NEGATION.matcher(text).region(start, from).find()) {
            return true;
        }
        // "if you do not want …" and "you cannot opt out of …" hold a negation that denies something else
        // a hypothetical is looked for from the sentence's start: "Even if you don't use our Products, we …"
        List<Lexicon.Hit> elsewhere = new java.util.ArrayList<>(lexicon.hits(Cue.HYPOTHETICAL, text, start, at));
        elsewhere.addAll(lexicon.hits(Cue.OPT_OUT_UNAVAILABLE, text, from, at));
        for (Lexicon.Hit negation : lexicon.hits(Cue.NEGATION, text, from, at)) {
            if (elsewhere.stream().noneMatch(h -> h.start() <= negation.start() && negation.end() <= h.end())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ASIDE_AFTER_NEGATION = java.util.regex.Pattern.compile(
            "\\b(?:not|never),\\s+(?:however|though|therefore|in\\s+any\\s+event|of\\s+course)\\s*,?\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether {@code pattern} occurs in the text between {@code from} and {@code to}. */
    boolean finds(Pattern pattern, int from, int to) {
        return pattern.matcher(text).region(from, to).find();
    }

    /** The first match of {@code pattern} between {@code from} and {@code to}, as a hit standing for {@code value}. */
    Optional<Lexicon.Hit> first(Pattern pattern, String value, int from, int to) {
        Matcher matcher = pattern.matcher(text).region(from, to);
        return matcher.find() ? Optional.of(new Lexicon.Hit(value, matcher.start(), matcher.end())) : Optional.empty();
    }

    Attribute attribute(String name, String value, Lexicon.Hit hit) {
        return attribute(name, value, hit.start(), hit.end());
    }

    /** An attribute whose evidence is {@code text[from, to)} without trailing punctuation or space. */
    Attribute attribute(String name, String value, int from, int to) {
        int end = to;
        while (end > from + 1 && ".,;: ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return Attribute.of(name, value, text, from, end);
    }
}
