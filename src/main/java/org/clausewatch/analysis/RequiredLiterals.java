package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literal strings of which every match of a cue's regular expression contains at least one, so that a sentence
 * containing none of them is skipped without running the expression. Running all cues at every position of every
 * sentence was the slowest step of classification; most sentences contain none of a cue's words.
 *
 * <p>Understands the subset of regular-expression syntax the cue file uses: literals, escapes, {@code .}, character
 * classes, groups, alternation and quantifiers. Anything it cannot be sure of yields no requirement (the cue is
 * then always run), so the filter can only save time, never change a result.
 */
public final class RequiredLiterals {
    private final String regex;
    private int at;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** The literals, or an empty list when every sentence must be tried. */
    static List<String> of(String regex) {
        RequiredLiterals parser = new RequiredLiterals(regex);
        try {
            Set<String> literals = parser.alternation();
            return parser.at == regex.length() && literals != null ? List.copyOf(literals) : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Every requirement a match must meet together: for an expression without top-level alternation, one per literal
     * run and per compulsory group of its sequence ("we may … modify … terms" needs one literal of each part);
     * otherwise the single requirement of {@link #of}. Empty when every sentence must be tried.
     */
    public static List<List<String>> all(String regex) {
        RequiredLiterals parser = new RequiredLiterals(regex);
        try {
            List<Set<String>> parts = parser.parts();
            if (parser.at == regex.length() && !parts.isEmpty()) {
                return parts.stream().map(List::copyOf).toList();
            }
        } catch (RuntimeException e) {
            // an expression the parser does not understand: fall back to the single requirement below
        }
        List<String> single = of(regex);
        return single.isEmpty() ? List.of() : List.of(single);
    }

    /** The requirements of a top-level sequence; empty when the expression has a top-level alternation. */
    private List<Set<String>> parts() {
        List<Set<String>> parts = new ArrayList<>();
        Set<String> literals = sequence(parts);
        return literals == null || at < regex.length() ? List.of() : parts;
    }

    /** null means "no requirement". */
    private Set<String> alternation() {
        Set<String> union = new LinkedHashSet<>();
        boolean unconstrained = false;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                unconstrained = true;
            } else {
                union.addAll(branch);
            }
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
            } else {
                return unconstrained ? null : union;
            }
        }
    }

    private Set<String> sequence() {
        return sequence(new ArrayList<>());
    }

    /** Parses one branch, collecting every requirement into {@code candidates}; returns the most selective one. */
    private Set<String> sequence(List<Set<String>> candidates) {
        StringBuilder run = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            char c = regex.charAt(at);
            if (c == '(') {
                flush(run, candidates);
                Set<String> group = group();
                if (!optional() && group != null) {
                    candidates.add(group);
                }
            } else if (c == '\\') {
                escape(run, candidates);
            } else if (c == '[' || c == '.') {
                flush(run, candidates);
                skipClass();
                optional();
            } else if (isQuantifier(c)) {
                throw new IllegalArgumentException("quantifier without operand at " + at);
            } else {
                at++;
                literal(c, run, candidates);
            }
        }
        flush(run, candidates);
        return mostSelective(candidates);
    }

    private void escape(StringBuilder run, List<Set<String>> candidates) {
        char next = regex.charAt(at + 1);
        at += 2;
        if (next == 'b' || next == 'B') {
            return; // zero width: the text on both sides stays contiguous
        }
        if (Character.isLetterOrDigit(next)) {
            flush(run, candidates);
            optional();
        } else {
            literal(next, run, candidates);
        }
    }

    /** A literal character followed perhaps by a quantifier that makes it optional or ends the run. */
    private void literal(char c, StringBuilder run, List<Set<String>> candidates) {
        int before = at;
        boolean optional = optional();
        if (optional) {
            flush(run, candidates);
        } else {
            run.append(c);
            if (at != before) {
                flush(run, candidates);
            }
        }
    }

    private Set<String> group() {
        at++;
        boolean lookAround = false;
        if (regex.startsWith("?:", at)) {
            at += 2;
        } else if (regex.startsWith("?-i:", at)) {
            // case-sensitive inside: what it matches holds its literals exactly as written, so in any case too
            at += 4;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
            at += 2;
            lookAround = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            at += 3;
            lookAround = true;
        } else if (at < regex.length() && regex.charAt(at) == '?') {
            throw new IllegalArgumentException("named group or inline flag at " + at);
        }
        Set<String> inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        at++;
        // a look-around matches no text of its own: whatever it asks of the text, the match needs none of it
        return lookAround ? null : inner;
    }

    private void skipClass() {
        if (regex.charAt(at) == '.') {
            at++;
            return;
        }
        at++;
        while (regex.charAt(at) != ']') {
            at += regex.charAt(at) == '\\' ? 2 : 1;
        }
        at++;
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '+' || c == '{';
    }

    /** Consumes a quantifier if one follows; true when it allows zero repetitions. */
    private boolean optional() {
        if (at >= regex.length() || !isQuantifier(regex.charAt(at))) {
            return false;
        }
        char q = regex.charAt(at);
        boolean zero = q == '?' || q == '*';
        if (q == '{') {
            int close = regex.indexOf('}', at);
            zero = regex.substring(at + 1, close).split(",", -1)[0].strip().equals("0");
            at = close + 1;
        } else {
            at++;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive
        }
        return zero;
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /** The requirement whose shortest literal is longest: the one fewest sentences meet. */
    private static Set<String> mostSelective(List<Set<String>> candidates) {
        Set<String> best = null;
        int bestLength = 0;
        for (Set<String> candidate : candidates) {
            int shortest = candidate.stream().mapToInt(String::length).min().orElse(0);
            if (shortest > bestLength) {
                best = candidate;
                bestLength = shortest;
            }
        }
        return best;
    }
}
