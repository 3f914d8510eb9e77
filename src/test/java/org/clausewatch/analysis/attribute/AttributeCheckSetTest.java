package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of attribute reading on the hand-labelled real provisions of {@code check-set.tsv}; writes
 * the per-family table to {@code target/attribute-check-set.md} (the figures in docs/methodology.md).
 */
class AttributeCheckSetTest {
    private static final Pattern FIELDS = Pattern.compile("\t");
    private static final Pattern ITEMS = Pattern.compile(";\\s*");
    /** Limits are worded phrases, measured by the readings check set (ReadingCheckSetTest), not labelled here. */
    private static final Set<String> UNSCORED = Set.of("licence.condition", "training.condition");

    /** Counts per attribute family (the part of the name before the dot). */
    private static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }
    }

    @Test
    void attributeReadingMeetsItsBarOnTheCheckSet() throws IOException {
        Analyst analyst = Analyst.load();
        Map<String, Counts> families = new TreeMap<>();
        Counts all = new Counts();
        List<String> misses = new ArrayList<>();
        int provisions = 0;
        for (String line : checkSet()) {
            String[] fields = FIELDS.split(line);
            Set<String> expected = expected(fields[2]);
            Set<String> actual = new HashSet<>();
            analyst.read(CorpusLines.line(fields[0], Integer.parseInt(fields[1]))).stream()
                    .filter(a -> !UNSCORED.contains(a.name()))
                    .forEach(a -> actual.add(a.name() + "=" + a.value()));
            provisions++;
            score(expected, actual, families, all);
            if (!expected.equals(actual)) {
                misses.add(fields[0] + ":" + fields[1] + " expected " + expected + " read " + actual);
            }
        }
        String table = table(families, all, provisions);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/attribute-check-set.md"), table + "\n" + String.join("\n", misses) + "\n");
        System.out.println(table);
        misses.forEach(System.out::println);
        assertThat(provisions).isEqualTo(43);
        assertThat(all.precision()).as("micro precision").isGreaterThanOrEqualTo(0.85);
        assertThat(all.recall()).as("micro recall").isGreaterThanOrEqualTo(0.75);
    }

    private static List<String> checkSet() throws IOException {
        try (InputStream in = AttributeCheckSetTest.class.getResourceAsStream("check-set.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    private static Set<String> expected(String field) {
        return field.equals("-") ? Set.of() : Set.of(ITEMS.split(field.strip()));
    }

    private static void score(Set<String> expected, Set<String> actual, Map<String, Counts> families, Counts all) {
        for (String item : actual) {
            Counts family = families.computeIfAbsent(family(item), f -> new Counts());
            if (expected.contains(item)) {
                family.truePositives++;
                all.truePositives++;
            } else {
                family.falsePositives++;
                all.falsePositives++;
            }
        }
        for (String item : expected) {
            if (!actual.contains(item)) {
                families.computeIfAbsent(family(item), f -> new Counts()).falseNegatives++;
                all.falseNegatives++;
            }
        }
    }

    private static String family(String item) {
        return item.substring(0, item.indexOf('.') > 0 ? item.indexOf('.') : item.indexOf('='));
    }

    private static String table(Map<String, Counts> families, Counts all, int provisions) {
        StringBuilder out = new StringBuilder("| family | expected | read | correct | precision | recall |\n");
        out.append("|---|---|---|---|---|---|\n");
        families.forEach((name, c) -> out.append(row(name, c)));
        out.append(row("**all** (" + provisions + " provisions)", all));
        return out.toString();
    }

    private static String row(String name, Counts c) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.2f | %.2f |%n",
                name,
                c.truePositives + c.falseNegatives,
                c.truePositives + c.falsePositives,
                c.truePositives,
                c.precision(),
                c.recall());
    }
}
