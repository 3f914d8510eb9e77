package org.clausewatch.reading;

import java.util.Locale;

/** One-line and per-topic summaries of {@link ReadingScores} for the encoder experiment's tables. */
final class Summary {
    private Summary() {}

    static String header() {
        return String.format(
                Locale.ROOT,
                "%-62s %6s %6s %8s %8s %7s %8s %4s%n",
                "variant",
                "D1",
                "F1",
                "micro",
                "macro",
                "stance",
                "severity",
                "inv");
    }

    /** D1 and F1 topic F1, micro- and macro-F1 over the check-set topics, stance and severity accuracy, inversions. */
    static String row(String name, ReadingScores scores) {
        return String.format(
                Locale.ROOT,
                "%-62s %6.1f %6.1f %8.1f %8.1f %7.1f %8.1f %4d%n",
                name,
                100 * scores.topics.get("D1").f1(),
                100 * scores.topics.get("F1").f1(),
                100 * microF1(scores),
                100 * macroF1(scores),
                100 * scores.fields.get("training_use").accuracy(),
                100 * scores.fields.get("severity").accuracy(),
                scores.inversions);
    }

    /** Per-topic F1 with counts, and the stance accuracy over every scored item and over the labelled stances. */
    static String topics(String name, ReadingScores scores) {
        StringBuilder out = new StringBuilder(name).append('\n');
        scores.topics.values().forEach(t -> out.append("  ").append(t.figures()).append('\n'));
        out.append(String.format(
                Locale.ROOT,
                "  stance %s; errors %s%n",
                scores.fields.get("training_use").figures(),
                scores.confusions.getOrDefault("training_use", java.util.Map.of())));
        return out.toString();
    }

    static double microF1(ReadingScores scores) {
        int tp = 0;
        int errors = 0;
        for (ReadingScores.TopicScore t : scores.topics.values()) {
            tp += t.truePositives();
            errors += t.falsePositives() + t.falseNegatives();
        }
        return 2.0 * tp / (2 * tp + errors);
    }

    /** Mean F1 over the topics labelled at least once in the items scored (so that every variant averages alike). */
    static double macroF1(ReadingScores scores) {
        return scores.topics.values().stream()
                .filter(t -> t.truePositives() + t.falseNegatives() > 0)
                .mapToDouble(ReadingScores.TopicScore::f1)
                .average()
                .orElse(Double.NaN);
    }
}
