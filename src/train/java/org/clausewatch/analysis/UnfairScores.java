package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Precision, recall and F1 per unfair kind plus the "none" column, and macro- and micro-F1 over all nine columns,
 * exactly as LexGLUE scores UNFAIR-ToS (a sentence without any kind counts as the label "none").
 */
final class UnfairScores {
    private final long[] truePositives = new long[UnfairKind.values().length + 1];
    private final long[] falsePositives = new long[truePositives.length];
    private final long[] falseNegatives = new long[truePositives.length];
    private int sentences;

    /** Adds one sentence's gold and predicted kinds. */
    public void add(Set<UnfairKind> gold, Set<UnfairKind> predicted) {
        sentences++;
        for (UnfairKind kind : UnfairKind.values()) {
            count(kind.ordinal(), gold.contains(kind), predicted.contains(kind));
        }
        count(UnfairKind.values().length, gold.isEmpty(), predicted.isEmpty());
    }

    private void count(int column, boolean gold, boolean predicted) {
        if (gold && predicted) {
            truePositives[column]++;
        } else if (predicted) {
            falsePositives[column]++;
        } else if (gold) {
            falseNegatives[column]++;
        }
    }

    public int sentences() {
        return sentences;
    }

    /** F1 of one kind. */
    public double f1(UnfairKind kind) {
        return f1(kind.ordinal());
    }

    /** Unweighted mean of the nine columns' F1 (sklearn's {@code average='macro'}). */
    public double macroF1() {
        double sum = 0;
        for (int column = 0; column < truePositives.length; column++) {
            sum += f1(column);
        }
        return sum / truePositives.length;
    }

    /** F1 of the pooled counts of the nine columns (sklearn's {@code average='micro'}). */
    public double microF1() {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int column = 0; column < truePositives.length; column++) {
            tp += truePositives[column];
            fp += falsePositives[column];
            fn += falseNegatives[column];
        }
        return f1(tp, fp, fn);
    }

    private double f1(int column) {
        return f1(truePositives[column], falsePositives[column], falseNegatives[column]);
    }

    private static double f1(long tp, long fp, long fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** A Markdown table: one row per column with support, precision, recall, F1, then macro and micro F1. */
    public String table() {
        List<String> rows = new ArrayList<>();
        rows.add("| label | support | precision | recall | F1 |");
        rows.add("|---|---:|---:|---:|---:|");
        for (UnfairKind kind : EnumSet.allOf(UnfairKind.class)) {
            rows.add(row(kind.name() + " (" + kind.title() + ")", kind.ordinal()));
        }
        rows.add(row("none", UnfairKind.values().length));
        rows.add(String.format(Locale.ROOT, "| **macro-F1** | %d | | | **%.1f** |", sentences, 100 * macroF1()));
        rows.add(String.format(Locale.ROOT, "| **micro-F1** | %d | | | **%.1f** |", sentences, 100 * microF1()));
        return String.join("\n", rows) + "\n";
    }

    private String row(String label, int column) {
        long tp = truePositives[column];
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f |",
                label,
                tp + falseNegatives[column],
                100 * ratio(tp, tp + falsePositives[column]),
                100 * ratio(tp, tp + falseNegatives[column]),
                100 * f1(column));
    }
}
