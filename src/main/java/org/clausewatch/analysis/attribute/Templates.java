package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of {@code explanations.tsv}: labels of attributes and values, the phrases the explanation is written
 * with, what each severity rule means for users, what a topic needs before it can be graded, how a change of
 * attribute reads, the topics an attribute implies, and the standard notice. Keys are an attribute name or
 * {@code name=value} (a rule id for {@code means}, a topic id for {@code unassessed}); placeholders are checked at
 * load.
 */
final class Templates {
    static final String RESOURCE = "explanations.tsv";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Map<String, Set<String>> PLACEHOLDERS = Map.of(
            "label", Set.of(),
            "value", Set.of(),
            "phrase", Set.of("platform"),
            "means", Set.of("platform"),
            "unassessed", Set.of("platform"),
            "added", Set.of("label", "value", "subject"),
            "removed", Set.of("label", "value", "subject"),
            "changed", Set.of("label", "before", "after", "subject"),
            "topic", Set.of(),
            "notice", Set.of());

    private final Map<String, String> texts;

    private Templates(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    static Templates load() {
        return TsvFile.load(RESOURCE, Templates::parse);
    }

    static Templates parse(String file, String text) throws InvalidRulesException {
        Map<String, String> texts = new HashMap<>();
        for (TsvFile.Row row : TsvFile.parse(file, text, 3)) {
            String kind = row.field(0);
            if (!PLACEHOLDERS.containsKey(kind)) {
                throw row.problem("unknown template kind '" + kind + "', expected one of "
                        + new java.util.TreeSet<>(PLACEHOLDERS.keySet()));
            }
            checkKey(kind, row.field(1), row);
            checkPlaceholders(kind, row.field(2), row);
            if (texts.put(kind + " " + row.field(1), row.field(2)) != null) {
                throw row.problem("second " + kind + " template for '" + row.field(1) + "'");
            }
        }
        for (String name : Names.ORDER) {
            if (!texts.containsKey("label " + name)) {
                throw new InvalidRulesException(file + ": no label for attribute '" + name + "'");
            }
        }
        if (!texts.containsKey("notice standard")) {
            throw new InvalidRulesException(file + ": no 'notice standard' line");
        }
        return new Templates(texts);
    }

    private static void checkKey(String kind, String key, TsvFile.Row row) throws InvalidRulesException {
        // rule ids and topic ids are checked against the rule table and the taxonomy by the analyst
        if (kind.equals("means") || kind.equals("unassessed")) {
            return;
        }
        if (kind.equals("notice")) {
            if (!key.equals("standard")) {
                throw row.problem("notice key must be 'standard', not '" + key + "'");
            }
            return;
        }
        String name = key.contains("=") ? key.substring(0, key.indexOf('=')) : key;
        if (!Names.known(name)) {
            throw row.problem(kind + " template for unknown attribute '" + name + "'");
        }
    }

    private static void checkPlaceholders(String kind, String template, TsvFile.Row row) throws InvalidRulesException {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.get(kind).contains(matcher.group(1))) {
                throw row.problem("placeholder {" + matcher.group(1) + "} is not allowed in a " + kind
                        + " template; allowed: " + new java.util.TreeSet<>(PLACEHOLDERS.get(kind)));
            }
        }
    }

    /** The template for {@code name=value}, else for {@code name}. */
    Optional<String> find(String kind, String name, String value) {
        String specific = texts.get(kind + " " + name + "=" + value);
        return Optional.ofNullable(specific != null ? specific : texts.get(kind + " " + name));
    }

    Optional<String> exact(String kind, String key) {
        return Optional.ofNullable(texts.get(kind + " " + key));
    }

    /** The prose phrase for {@code name=value}, with the platform named; the value itself when none is written. */
    String phrase(String name, String value, String platform) {
        String phrase = texts.get("phrase " + name + "=" + value);
        return phrase == null ? valueLabel(name, value) : fill(phrase, Map.of("platform", platform));
    }

    Optional<String> means(String rule, String platform) {
        return exact("means", rule).map(t -> fill(t, Map.of("platform", platform)));
    }

    Optional<String> unassessed(String topic, String platform) {
        return exact("unassessed", topic).map(t -> fill(t, Map.of("platform", platform)));
    }

    /** The keys of one kind of line, for checking them against the rule table or the taxonomy. */
    Set<String> keys(String kind) {
        Set<String> keys = new java.util.TreeSet<>();
        texts.keySet().stream()
                .filter(key -> key.startsWith(kind + " "))
                .forEach(key -> keys.add(key.substring(kind.length() + 1)));
        return keys;
    }

    String label(String name) {
        return texts.get("label " + name);
    }

    /** How a value reads in a sentence: its {@code value} template, or the value itself. */
    String valueLabel(String name, String value) {
        return texts.getOrDefault("value " + name + "=" + value, value);
    }

    String notice() {
        return texts.get("notice standard");
    }

    /** The topic ids an attribute name implies, from {@code topic} lines ("F1 F2"). */
    List<String> topics(String name, String value) {
        List<String> topics = new ArrayList<>();
        find("topic", name, value).ifPresent(ids -> topics.addAll(List.of(SPACES.split(ids))));
        return topics;
    }

    /** Every topic id named by a {@code topic} line with the key it is on, for checking against the taxonomy. */
    Map<String, String> topicLines() {
        Map<String, String> lines = new java.util.TreeMap<>();
        texts.forEach((key, ids) -> {
            if (key.startsWith("topic ")) {
                for (String id : SPACES.split(ids)) {
                    lines.put(id + " " + key.substring("topic ".length()), id);
                }
            }
        });
        return lines;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
