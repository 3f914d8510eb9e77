package org.clausewatch.change;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level redlines over the provision's Markdown, so that a changed link target shows as well as a changed word.
 * Tokens are words with what follows them, so the runs join back into the exact texts.
 */
final class Redlines {
    /** A word with the spaces and punctuation after it; what stands before the first word is a token of its own. */
    private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\p{N}]+|[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]*");

    private Redlines() {}

    static List<Redline> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Redline> runs = new ArrayList<>();
        int at = 0;
        for (Diffs.Delta delta : Diffs.between(from, to)) {
            add(runs, Redline.Op.EQUAL, from.subList(at, delta.beforeAt()));
            add(runs, Redline.Op.DELETE, delta.deleted());
            add(runs, Redline.Op.INSERT, delta.inserted());
            at = delta.beforeAt() + delta.deleted().size();
        }
        add(runs, Redline.Op.EQUAL, from.subList(at, from.size()));
        return runs;
    }

    private static void add(List<Redline> runs, Redline.Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        Redline last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.op() == op) {
            runs.set(runs.size() - 1, new Redline(op, last.text() + text));
        } else {
            runs.add(new Redline(op, text));
        }
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
