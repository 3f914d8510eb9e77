package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The stances of {@code comparisons.tsv}: how a provision on a topic is counted when platforms are compared ("train on
 * user data by default, with an opt-out"). The first line of a topic whose conditions hold gives the stance.
 */
final class Comparisons {
    static final String RESOURCE = "comparisons.tsv";
    private static final Pattern AND = Pattern.compile("&");

    private record Line(String topic, String stance, List<Condition> conditions) {}

    private final List<Line> lines;

    private Comparisons(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    static Comparisons load() {
        return TsvFile.load(RESOURCE, Comparisons::parse);
    }

    static Comparisons parse(String file, String text) throws InvalidRulesException {
        List<Line> lines = new ArrayList<>();
        for (TsvFile.Row row : TsvFile.parse(file, text, 3)) {
            if (!row.field(0).matches("[A-F][1-9][0-9]?")) {
                throw row.problem("'" + row.field(0) + "' is not a topic id such as F1");
            }
            List<Condition> conditions = new ArrayList<>();
            for (String part : AND.split(row.field(2))) {
                conditions.add(Condition.parse(part, row));
            }
            lines.add(new Line(row.field(0), row.field(1), List.copyOf(conditions)));
        }
        return new Comparisons(lines);
    }

    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        lines.forEach(line -> topics.add(line.topic()));
        return topics;
    }

    /** The stance of a provision on {@code topic}, or empty when no line of the topic holds. */
    Optional<String> stance(String topic, List<Attribute> attributes, Set<String> topics) {
        return lines.stream()
                .filter(line -> line.topic().equals(topic))
                .filter(line -> line.conditions().stream().allMatch(c -> c.holds(attributes, topics)))
                .map(Line::stance)
                .findFirst();
    }
}
