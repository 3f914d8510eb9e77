package org.clausewatch.analysis.attribute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The topics a reading decides ({@code topic-rules.tsv}): a topic the classifier assigned is kept only while one of its
 * tests holds on what was read. "D1 licence to user content" needs a licence that reaches the provider or others; a
 * licence granted to the user, a warranty or an ownership statement does not keep it. A topic may also name what drops
 * it although a test holds: a licence over feedback alone is not a licence to the user's content.
 */
final class TopicRules {
    static final String RESOURCE = "topic-rules.tsv";
    private static final Pattern OR = Pattern.compile("\\|");
    private static final Pattern AND = Pattern.compile("&");

    private final Map<String, List<Condition>> keepWhen;
    private final Map<String, List<Condition>> unless;

    private TopicRules(Map<String, List<Condition>> keepWhen, Map<String, List<Condition>> unless) {
        this.keepWhen = Map.copyOf(keepWhen);
        this.unless = Map.copyOf(unless);
    }

    static TopicRules load() {
        return TsvFile.load(RESOURCE, TopicRules::parse);
    }

    static TopicRules parse(String file, String text) throws InvalidRulesException {
        Map<String, List<Condition>> keepWhen = new LinkedHashMap<>();
        Map<String, List<Condition>> unless = new LinkedHashMap<>();
        for (TsvFile.Row row : TsvFile.parse(file, text, 3)) {
            if (!row.field(0).matches("[A-F][1-9][0-9]?")) {
                throw row.problem("'" + row.field(0) + "' is not a topic id such as D1");
            }
            if (keepWhen.put(row.field(0), Condition.parseAll(row.field(1), OR, row)) != null) {
                throw row.problem("second line for topic " + row.field(0));
            }
            if (!row.field(2).equals("-")) {
                unless.put(row.field(0), Condition.parseAll(row.field(2), AND, row));
            }
        }
        return new TopicRules(keepWhen, unless);
    }

    /** The topic ids the rules name, for checking against the taxonomy. */
    Set<String> topics() {
        return new TreeSet<>(keepWhen.keySet());
    }

    /** {@code topics} without those whose tests all fail on {@code attributes}, or whose "unless" tests all hold. */
    Set<String> apply(Set<String> topics, List<Attribute> attributes) {
        Set<String> kept = new TreeSet<>();
        for (String topic : topics) {
            List<Condition> tests = keepWhen.get(topic);
            boolean held = tests == null || tests.stream().anyMatch(test -> test.holds(attributes, topics));
            List<Condition> dropWhen = unless.getOrDefault(topic, List.of());
            boolean dropped = !dropWhen.isEmpty() && dropWhen.stream().allMatch(test -> test.holds(attributes, topics));
            if (held && !dropped) {
                kept.add(topic);
            }
        }
        return kept;
    }
}
