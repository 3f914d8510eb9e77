package org.clausewatch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Per-label precision, recall and F1 of multi-label decisions over a fixed list of labels, with micro and macro F1. */
final class TopicScores {
    private final List<String> labels;
    private final int[] truePositives;
    private final int[] falsePositives;
    private final int[] falseNegatives;
    private int items;

    public TopicScores(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.truePositives = new int[labels.size()];
        this.falsePositives = new int[labels.size()];
        this.falseNegatives = new int[labels.size()];
    }

    /** Counts one item; labels outside the list are ignored on both sides. */
    public void add(Set<String> gold, Set<String> predicted) {
        items++;
        for (int i = 0; i < labels.size(); i++) {
            boolean g = gold.contains(labels.get(i));
            boolean p = predicted.contains(labels.get(i));
            truePositives[i] += g && p ? 1 : 0;
            falsePositives[i] += !g && p ? 1 : 0;
            falseNegatives[i] += g && !p ? 1 : 0;
        }
    }

    public int support(String label) {
        int i = labels.indexOf(label);
        return truePositives[i] + falseNegatives[i];
    }

    public double f1(String label) {
        int i = labels.indexOf(label);
        return f1(truePositives[i], falsePositives[i], falseNegatives[i]);
    }

    /** F1 over all decisions pooled. */
    public double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < labels.size(); i++) {
            tp += truePositives[i];
            fp += falsePositives[i];
            fn += falseNegatives[i];
        }
        return f1(tp, fp, fn);
    }

    /** The mean F1 of the labels that occur in the gold data (a label never present has no meaningful F1). */
    public double macroF1() {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (truePositives[i] + falseNegatives[i] > 0) {
                sum += f1(truePositives[i], falsePositives[i], falseNegatives[i]);
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** A Markdown table: per label support, precision, recall, F1 (percent), then micro and macro F1. */
    public String table() {
        StringBuilder out = new StringBuilder("| topic | support | predicted | precision | recall | F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < labels.size(); i++) {
            int tp = truePositives[i];
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f |%n",
                    labels.get(i),
                    tp + falseNegatives[i],
                    tp + falsePositives[i],
                    100 * ratio(tp, tp + falsePositives[i]),
                    100 * ratio(tp, tp + falseNegatives[i]),
                    100 * f1(tp, falsePositives[i], falseNegatives[i])));
        }
        out.append(String.format(
                Locale.ROOT,
                "| **micro-F1** | %d items | | | | **%.1f** |%n| **macro-F1** (labels with support) | | | | | **%.1f** |%n",
                items,
                100 * microF1(),
                100 * macroF1()));
        return out.toString();
    }
}
