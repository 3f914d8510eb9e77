package org.clausewatch.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores of a reader on items of the ai-readings check set: accuracy of each stance field, severity band, inversions
 * and topic F1. Only fields both labelling passes agreed on are scored.
 */
final class ReadingScores {
    /** The topics the check set labels. */
    static final List<String> TOPICS = List.of("D1", "D2", "D3", "D4", "F1", "F2", "F3", "F4", "E7");

    /** What a reader said of one item, in the check set's vocabulary. */
    record Predicted(
            Set<String> topics,
            Optional<String> trainingUse,
            Optional<String> trainingOptOut,
            Optional<String> grantee,
            Optional<String> assignment,
            boolean userTrainingRestriction,
            String severity,
            String rule,
            List<String> conditions) {
        /**
         * The check set's bands: none-or-low, medium, high (critical counts as high, and is counted apart); "none", not
         * assessed, is in the lowest band, where the labels put provisions that grant or take nothing.
         */
        String band() {
            return switch (severity) {
                case "low", "none" -> "none-or-low";
                case "critical" -> "high";
                default -> severity;
            };
        }
    }

    /** One field's agreement: right out of scored, and right out of the items labelled with a value. */
    record Field(String name, int right, int scored, int rightValued, int valued) {
        double accuracy() {
            return scored == 0 ? Double.NaN : (double) right / scored;
        }

        double valuedAccuracy() {
            return valued == 0 ? Double.NaN : (double) rightValued / valued;
        }

        /** Accuracy over every scored item, then over the items whose label has a value, with their counts. */
        String figures() {
            return String.format(
                    Locale.ROOT,
                    "%5.1f %% (%d/%d) %5.1f %% (%d/%d)",
                    100 * accuracy(),
                    right,
                    scored,
                    100 * valuedAccuracy(),
                    rightValued,
                    valued);
        }
    }

    /** Precision, recall and F1 of one topic. */
    record TopicScore(String topic, int truePositives, int falsePositives, int falseNegatives) {
        double f1() {
            int denominator = 2 * truePositives + falsePositives + falseNegatives;
            return denominator == 0 ? Double.NaN : 2.0 * truePositives / denominator;
        }

        /** The topic, its F1 and the counts it comes from. */
        String figures() {
            return String.format(
                    Locale.ROOT,
                    "%-3s F1 %5.1f (tp %d, fp %d, fn %d)",
                    topic,
                    100 * f1(),
                    truePositives,
                    falsePositives,
                    falseNegatives);
        }
    }

    final int items;
    final Map<String, Field> fields = new TreeMap<>();
    final Map<String, TopicScore> topics = new TreeMap<>();
    final int inversions;
    final int critical;
    final int conditionsFound;
    final int conditionsLabelled;
    final List<String> misses = new ArrayList<>();
    /** Per field, counts of "labelled -> read" pairs that differ: where the errors go, without naming items. */
    final Map<String, Map<String, Integer>> confusions = new TreeMap<>();

    ReadingScores(List<ReadingCheckSet.Item> items, Function<ReadingCheckSet.Item, Predicted> reader) {
        this.items = items.size();
        List<Predicted> predictions = items.stream().map(reader).toList();
        field(items, predictions, "training_use", l -> l.trainingUse(), Predicted::trainingUse);
        field(items, predictions, "training_opt_out", l -> l.trainingOptOut(), Predicted::trainingOptOut);
        field(items, predictions, "grantee", l -> l.grantee(), Predicted::grantee);
        field(items, predictions, "assignment", l -> l.assignment(), Predicted::assignment);
        field(
                items,
                predictions,
                "user_training_restriction",
                l -> Optional.of(l.userTrainingRestriction()).filter(b -> b).map(String::valueOf),
                p -> Optional.of(p.userTrainingRestriction()).filter(b -> b).map(String::valueOf));
        field(items, predictions, "severity", l -> l.severity(), p -> Optional.of(p.band()));
        for (String topic : TOPICS) {
            topic(items, predictions, topic);
        }
        int inverted = 0;
        int criticals = 0;
        int found = 0;
        int labelled = 0;
        for (int i = 0; i < items.size(); i++) {
            ReadingCheckSet.Item item = items.get(i);
            Predicted predicted = predictions.get(i);
            if (item.scored("severity") && inverted(item.labels().severity().orElse(""), predicted.severity())) {
                inverted++;
                misses.add(item.id() + " inversion: labelled "
                        + item.labels().severity().orElse("") + ", read " + predicted.severity());
                confusions
                        .computeIfAbsent("inversion rules", n -> new TreeMap<>())
                        .merge(predicted.rule(), 1, Integer::sum);
            }
            criticals += predicted.severity().equals("critical") ? 1 : 0;
            if (!item.conditions().isEmpty()
                    && (item.labels().grantee().isPresent()
                            || item.labels().trainingUse().isPresent())) {
                labelled++;
                found += predicted.conditions().isEmpty() ? 0 : 1;
            }
        }
        this.inversions = inverted;
        this.critical = criticals;
        this.conditionsFound = found;
        this.conditionsLabelled = labelled;
    }

    /** A user-favourable provision graded high or critical, or a high-band one graded low. */
    static boolean inverted(String labelled, String read) {
        boolean readSevere = read.equals("high") || read.equals("critical");
        return labelled.equals("none-or-low") && readSevere
                || labelled.equals("high") && (read.equals("low") || read.equals("none"));
    }

    private void field(
            List<ReadingCheckSet.Item> items,
            List<Predicted> predictions,
            String name,
            Function<ReadingCheckSet.Labels, Optional<String>> label,
            Function<Predicted, Optional<String>> read) {
        int right = 0;
        int scored = 0;
        int rightValued = 0;
        int valued = 0;
        for (int i = 0; i < items.size(); i++) {
            ReadingCheckSet.Item item = items.get(i);
            if (!item.scored(name)) {
                continue;
            }
            Optional<String> expected = label.apply(item.labels());
            Optional<String> actual = read.apply(predictions.get(i));
            boolean ok = expected.equals(actual);
            scored++;
            right += ok ? 1 : 0;
            if (expected.isPresent()) {
                valued++;
                rightValued += ok ? 1 : 0;
            }
            if (!ok) {
                misses.add(
                        item.id() + " " + name + ": labelled " + expected.orElse("-") + ", read " + actual.orElse("-"));
                confusions
                        .computeIfAbsent(name, n -> new TreeMap<>())
                        .merge(expected.orElse("-") + " -> " + actual.orElse("-"), 1, Integer::sum);
            }
        }
        fields.put(name, new Field(name, right, scored, rightValued, valued));
    }

    private void topic(List<ReadingCheckSet.Item> items, List<Predicted> predictions, String topic) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < items.size(); i++) {
            ReadingCheckSet.Item item = items.get(i);
            if (!item.scored("topics")) {
                continue;
            }
            boolean expected = item.labels().topics().contains(topic);
            boolean actual = predictions.get(i).topics().contains(topic);
            tp += expected && actual ? 1 : 0;
            fp += !expected && actual ? 1 : 0;
            fn += expected && !actual ? 1 : 0;
            if (expected != actual && (topic.equals("D1") || topic.equals("F1"))) {
                misses.add(item.id() + " topic " + topic + (expected ? " missed" : " extra"));
            }
        }
        topics.put(topic, new TopicScore(topic, tp, fp, fn));
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "items %d%n", items));
        out.append(String.format(Locale.ROOT, "%-26s %9s %16s%n", "field", "accuracy", "labelled values"));
        fields.values().forEach(f -> out.append(String.format(Locale.ROOT, "%-26s %s%n", f.name(), f.figures())));
        confusions.forEach((field, pairs) -> out.append(String.format(Locale.ROOT, "  %s errors: %s%n", field, pairs)));
        out.append(String.format(Locale.ROOT, "inversions %d, graded critical %d%n", inversions, critical));
        out.append(String.format(
                Locale.ROOT,
                "licences and training uses with labelled conditions: %d of %d read with a condition%n",
                conditionsFound,
                conditionsLabelled));
        topics.values().forEach(t -> out.append("topic ").append(t.figures()).append('\n'));
        return out.toString();
    }
}
