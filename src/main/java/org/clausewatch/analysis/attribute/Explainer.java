package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;

/**
 * Writes the explanation of a provision from what was read in it: what it establishes (who gets which rights over
 * what, for which purposes, for how long, with which limits; whether the platform trains on user data and how to opt
 * out), what that means for users, and a separate account of how it was read (topics, the deciding rule, each
 * attribute with the words it was read from). The two paragraphs are plain sentences: codes, confidences, rule ids and
 * quotes live in the account only.
 */
final class Explainer {
    private final Templates templates;
    private final Taxonomy taxonomy;

    Explainer(Templates templates, Taxonomy taxonomy) {
        this.templates = templates;
        this.taxonomy = taxonomy;
    }

    Explanation explain(String platform, List<Attribute> attributes, Optional<Grade> grade, Set<String> topics) {
        Facts facts = new Facts(attributes, templates, platform);
        List<String> says = new ArrayList<>();
        GrantProse.write(facts, says);
        TrainingProse.write(facts, says);
        OtherProse.write(facts, says);
        String whatItSays = says.isEmpty() ? concerns(topics) : String.join(" ", says);
        return new Explanation(
                whatItSays,
                meaning(platform, grade, topics, says.isEmpty()),
                howRead(attributes, grade, topics),
                templates.notice());
    }

    /** One honest sentence about what a provision concerns when nothing decisive was read in it. */
    private String concerns(Set<String> topics) {
        if (topics.isEmpty()) {
            return "This provision grants no rights over your content, states no use of your data and sets no limit"
                    + " that ClauseWatch reads.";
        }
        return "This provision concerns " + Facts.join(topicNames(topics)) + ".";
    }

    private String meaning(String platform, Optional<Grade> grade, Set<String> topics, boolean nothingRead) {
        if (grade.isPresent()) {
            return templates
                    .means(grade.get().rule(), platform)
                    .orElse(grade.get().rationale());
        }
        List<String> open = new ArrayList<>();
        for (String topic : topics) {
            templates.unassessed(topic, platform).ifPresent(open::add);
        }
        if (!open.isEmpty()) {
            return "Not assessed: it does not state " + Facts.join(open) + ".";
        }
        return nothingRead
                ? "Not assessed: nothing in its words takes anything from users or protects them in a way ClauseWatch"
                        + " grades."
                : "Not assessed: what it states is not graded by ClauseWatch's rule table.";
    }

    /** How the provision was read: its topics, the deciding rule, and every attribute with the words it came from. */
    private List<String> howRead(List<Attribute> attributes, Optional<Grade> grade, Set<String> topics) {
        List<String> lines = new ArrayList<>();
        if (!topics.isEmpty()) {
            lines.add("Topics: "
                    + String.join(
                            ", ", topics.stream().sorted().map(this::topicLabel).toList()));
        }
        grade.ifPresentOrElse(
                g -> lines.add(String.format(
                        Locale.ROOT,
                        "Severity %s by rule %s (%s, confidence %.2f): %s",
                        g.severity().name().toLowerCase(Locale.ROOT),
                        g.rule(),
                        g.explicit() ? "explicit document language" : "inferred",
                        g.confidence(),
                        g.rationale())),
                () -> lines.add("Severity: not assessed (no rule of the table applies)."));
        for (Attribute attribute : attributes) {
            lines.add(attribute.name() + " = " + attribute.value() + ", from “" + attribute.evidence() + "”");
        }
        return lines;
    }

    private List<String> topicNames(Set<String> topics) {
        return topics.stream()
                .sorted()
                .map(id -> taxonomy.topic(id).map(Topic::name).orElse(id).toLowerCase(Locale.ROOT))
                .toList();
    }

    private String topicLabel(String id) {
        return taxonomy.topic(id).map(topic -> id + " " + topic.name()).orElse(id);
    }
}
