package org.clausewatch.browse;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence that counts how the services watched stand on a topic: "Of 12 services watched, 7 train on user data
 * by default, 3 train only with consent and 1 says it does not train on the data named; 2 more have a provision on
 * it that takes none of these stances, and 1 has none on it." The stances of {@code comparisons.tsv} are written for
 * many services; for one, their first word takes an "s".
 */
final class ComparisonLine {
    private ComparisonLine() {}

    static String of(Views.TopicRef topic, int watched, List<Views.Peer> services, List<Views.Stance> stances) {
        if (services.isEmpty()) {
            return "None of the " + watched + " services watched has a current provision on " + topic.name() + ".";
        }
        List<String> counted = new ArrayList<>();
        stances.forEach(s -> counted.add(count(s.services().size(), s.stance())));
        int without = services.size()
                - stances.stream().mapToInt(s -> s.services().size()).sum();
        int absent = Math.max(0, watched - services.size());
        StringBuilder line = new StringBuilder("Of ").append(watched).append(watched == 1 ? " service" : " services");
        line.append(" watched, ");
        if (counted.isEmpty()) {
            line.append(services.size())
                    .append(services.size() == 1 ? " has a provision on " : " have a provision on ")
                    .append(topic.name())
                    .append(" that takes none of the stances ClauseWatch counts");
        } else {
            line.append(list(counted));
            if (without > 0) {
                line.append("; ")
                        .append(without)
                        .append(" more ")
                        .append(without == 1 ? "has" : "have")
                        .append(" a provision on it that takes none of these stances");
            }
        }
        if (absent > 0) {
            line.append(without > 0 || counted.isEmpty() ? ", and " : "; ")
                    .append(absent)
                    .append(absent == 1 ? " has" : " have")
                    .append(" none on it");
        }
        return line.append('.').toString();
    }

    /** "7 train on user data by default", or for one "1 trains on user data by default". */
    static String count(int services, String stance) {
        return services + " " + (services == 1 ? singular(stance) : stance);
    }

    private static String singular(String stance) {
        int space = stance.indexOf(' ');
        String verb = space < 0 ? stance : stance.substring(0, space);
        String rest = space < 0 ? "" : stance.substring(space);
        boolean sibilant = verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x");
        // "say they do not train" is said of one service as "says it does not train".
        String said = rest.startsWith(" they do ") ? " it does " + rest.substring(" they do ".length()) : rest;
        return verb + (sibilant ? "es" : "s") + said;
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
