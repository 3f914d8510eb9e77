package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test of a severity rule: {@code name} (present), {@code !name} (absent), {@code name=value},
 * {@code !name=value}, {@code name==value} (stated, and with no other value: "licence.subject==feedback" is a licence
 * over feedback alone), {@code name<N} / {@code name<=N} / {@code name>N} / {@code name>=N} for numeric attributes,
 * and {@code topic=F1} for a topic assigned to the provision.
 */
record Condition(String name, String operator, String value, boolean negated) {
    private static final Pattern FORM = Pattern.compile("(!?)([a-zA-Z.]+)(?:(<=|>=|==|=|<|>)([^\\s]+))?");

    /** Tests joined by {@code separator} ("&" in a rule, "|" between a topic's alternatives), in their order. */
    static List<Condition> parseAll(String text, Pattern separator, TsvFile.Row row) throws InvalidRulesException {
        List<Condition> conditions = new ArrayList<>();
        for (String part : separator.split(text)) {
            conditions.add(parse(part, row));
        }
        return List.copyOf(conditions);
    }

    static Condition parse(String text, TsvFile.Row row) throws InvalidRulesException {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw row.problem("condition '" + text.strip() + "' is not name, !name, name=value or name<N");
        }
        String name = matcher.group(2);
        String operator = matcher.group(3) == null ? "" : matcher.group(3);
        String value = matcher.group(4) == null ? "" : matcher.group(4);
        check(name, operator, value, row);
        return new Condition(name, operator, value, !matcher.group(1).isEmpty());
    }

    private static void check(String name, String operator, String value, TsvFile.Row row)
            throws InvalidRulesException {
        if (name.equals("topic")) {
            if (!operator.equals("=") || !value.matches("[A-F][1-9][0-9]?")) {
                throw row.problem(
                        "condition on topic must be topic=ID, e.g. topic=F1, not 'topic" + operator + value + "'");
            }
            return;
        }
        if (!Names.known(name)) {
            throw row.problem("condition names unknown attribute '" + name + "'");
        }
        boolean comparison = !operator.isEmpty() && !operator.equals("=") && !operator.equals("==");
        if (comparison && (!Names.NUMERIC.contains(name) || !value.matches("\\d{1,9}"))) {
            throw row.problem(
                    "comparison '" + name + operator + value + "' needs a numeric attribute and a whole number");
        }
    }

    boolean holds(List<Attribute> attributes, Set<String> topics) {
        return negated != test(attributes, topics);
    }

    private boolean test(List<Attribute> attributes, Set<String> topics) {
        if (name.equals("topic")) {
            return topics.contains(value);
        }
        if (operator.equals("==")) {
            List<String> values = attributes.stream()
                    .filter(attribute -> attribute.name().equals(name))
                    .map(Attribute::value)
                    .toList();
            return !values.isEmpty() && values.stream().allMatch(value::equals);
        }
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name) && matches(attribute.value())) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String actual) {
        return switch (operator) {
            case "" -> true;
            case "=" -> actual.equals(value);
            default -> compare(actual);
        };
    }

    private boolean compare(String actual) {
        long left = Long.parseLong(actual);
        long right = Long.parseLong(value);
        return switch (operator) {
            case "<" -> left < right;
            case "<=" -> left <= right;
            case ">" -> left > right;
            default -> left >= right;
        };
    }

    @Override
    public String toString() {
        return (negated ? "!" : "") + name + operator + value;
    }
}
