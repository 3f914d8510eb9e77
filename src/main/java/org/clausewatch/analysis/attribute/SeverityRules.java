package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.knowledge.Severity;

/**
 * The severity rule table of {@code severity-rules.tsv}, published in docs/methodology.md: the most severe rule
 * whose conditions all hold decides; among equally severe rules an explicit one beats an inferred one, then the more
 * confident one, then the first in the file.
 */
final class SeverityRules {
    static final String RESOURCE = "severity-rules.tsv";

    /** One row: all {@code conditions} must hold for the rule to apply. */
    record Rule(
            String id,
            Severity severity,
            boolean explicit,
            double confidence,
            List<Condition> conditions,
            String rationale) {
        boolean applies(List<Attribute> attributes, Set<String> topics) {
            return conditions.stream().allMatch(condition -> condition.holds(attributes, topics));
        }
    }

    private static final Pattern AND = Pattern.compile("&");

    private final List<Rule> rules;

    private SeverityRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static SeverityRules load() {
        return TsvFile.load(RESOURCE, SeverityRules::parse);
    }

    static SeverityRules parse(String file, String text) throws InvalidRulesException {
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TsvFile.Row row : TsvFile.parse(file, text, 6)) {
            Rule rule = rule(row);
            if (!ids.add(rule.id())) {
                throw row.problem("duplicate rule id '" + rule.id() + "'");
            }
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw new InvalidRulesException(file + ": no rules");
        }
        return new SeverityRules(rules);
    }

    private static Rule rule(TsvFile.Row row) throws InvalidRulesException {
        List<Condition> conditions = Condition.parseAll(row.field(4), AND, row);
        return new Rule(row.field(0), severity(row), basis(row), confidence(row), conditions, row.field(5));
    }

    private static Severity severity(TsvFile.Row row) throws InvalidRulesException {
        try {
            return Severity.valueOf(row.field(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.problem("severity '" + row.field(1) + "' is not low, medium, high or critical");
        }
    }

    private static boolean basis(TsvFile.Row row) throws InvalidRulesException {
        return switch (row.field(2)) {
            case "explicit" -> true;
            case "inferred" -> false;
            default -> throw row.problem("basis '" + row.field(2) + "' is not explicit or inferred");
        };
    }

    private static double confidence(TsvFile.Row row) throws InvalidRulesException {
        try {
            double confidence = Double.parseDouble(row.field(3));
            if (confidence > 0 && confidence <= 1) {
                return confidence;
            }
        } catch (NumberFormatException e) {
            // reported below with the bad value
        }
        throw row.problem("confidence '" + row.field(3) + "' is not a number in (0, 1]");
    }

    /** More severe; at equal severity explicit before inferred, then more confident; otherwise file order. */
    private static boolean outranks(Rule rule, Rule best) {
        int severity = rule.severity().compareTo(best.severity());
        if (severity != 0) {
            return severity > 0;
        }
        if (rule.explicit() != best.explicit()) {
            return rule.explicit();
        }
        return rule.confidence() > best.confidence();
    }

    List<Rule> rules() {
        return rules;
    }

    /** The deciding rule, if any rule applies. */
    Optional<Rule> decide(List<Attribute> attributes, Set<String> topics) {
        Rule best = null;
        for (Rule rule : rules) {
            if ((best == null || outranks(rule, best)) && rule.applies(attributes, topics)) {
                best = rule;
            }
        }
        return Optional.ofNullable(best);
    }
}
