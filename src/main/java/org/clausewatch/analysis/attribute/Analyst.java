package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;

/**
 * Analyses provisions deterministically: reads attributes from the text, grades severity by the published rule
 * table, writes the plain-language explanation from templates, links regulation references through topics, and
 * computes attribute deltas between two versions. Thread-safe; build one and share it.
 */
public final class Analyst {
    static final double TOPIC_DEFAULT_CONFIDENCE = 0.4;
    static final double NO_RULE_CONFIDENCE = 0.3;

    private final Taxonomy taxonomy;
    private final Regulations regulations;
    private final AttributeReader reader;
    private final SeverityRules rules;
    private final Templates templates;
    private final Explainer explainer;
    private final Deltas deltas;

    /** An analyst with the word lists, rule table and templates shipped with ClauseWatch. */
    public Analyst(Taxonomy taxonomy, Regulations regulations) {
        this(taxonomy, regulations, Lexicon.load(), SeverityRules.load(), Templates.load());
    }

    Analyst(Taxonomy taxonomy, Regulations regulations, Lexicon lexicon, SeverityRules rules, Templates templates) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.regulations = Objects.requireNonNull(regulations, "regulations");
        this.reader = new AttributeReader(lexicon);
        this.rules = rules;
        this.templates = templates;
        this.explainer = new Explainer(templates, taxonomy);
        this.deltas = new Deltas(templates);
        checkTopics();
    }

    /** An analyst over the taxonomy and regulation references shipped with ClauseWatch. */
    public static Analyst load() {
        Taxonomy taxonomy = Taxonomy.load();
        return new Analyst(taxonomy, Regulations.load(taxonomy));
    }

    private void checkTopics() {
        templates.topicLines().forEach((line, id) -> {
            if (taxonomy.topic(id).isEmpty()) {
                throw new IllegalStateException(Templates.RESOURCE + ": topic line '" + line.substring(id.length() + 1)
                        + "' names topic '" + id + "', which is not in the taxonomy");
            }
        });
    }

    /**
     * Analyses one provision of {@code platform} (e.g. "ChatGPT"). {@code text} is the provision's text (Markdown
     * inline syntax allowed); {@code topicIds} are the topics the classifier assigned to it (may be empty).
     *
     * @throws IllegalArgumentException when a topic id is not in the taxonomy or the platform is blank
     */
    public Analysis analyse(String platform, String text, Set<String> topicIds) {
        if (platform == null || platform.isBlank()) {
            throw new IllegalArgumentException("platform name must not be blank");
        }
        Objects.requireNonNull(text, "text");
        checkIds(topicIds);
        String plain = PlainText.of(text);
        List<Attribute> attributes = reader.read(plain, topicIds.contains("F1") || topicIds.contains("F2"));
        Set<String> topics = topics(topicIds, attributes);
        Grade grade = grade(attributes, topics);
        List<RegulationReference> references = references(topics);
        Explanation explanation = explainer.explain(platform.strip(), plain, attributes, grade, topics, references);
        return new Analysis(attributes, grade, explanation, topics, references);
    }

    /** The severity rule table in file order, for the methodology page. */
    public List<PublishedRule> severityRules() {
        return rules.rules().stream()
                .map(rule -> new PublishedRule(
                        rule.id(),
                        rule.severity(),
                        rule.explicit(),
                        rule.confidence(),
                        String.join(
                                " & ",
                                rule.conditions().stream()
                                        .map(Condition::toString)
                                        .toList()),
                        rule.rationale()))
                .toList();
    }

    /** The attributes of a provision's text alone, with their evidence. */
    public List<Attribute> read(String text) {
        return reader.read(PlainText.of(text), false);
    }

    /** The attribute deltas and severity change between two analyses of the same provision. */
    public ChangeAnalysis compare(Analysis before, Analysis after) {
        List<AttributeDelta> changes = deltas.between(before.attributes(), after.attributes());
        List<String> sentences =
                new ArrayList<>(changes.stream().map(AttributeDelta::sentence).toList());
        if (before.severity() != after.severity()) {
            sentences.add("severity " + (after.severity().compareTo(before.severity()) > 0 ? "rose" : "fell") + " from "
                    + lower(before.severity()) + " to " + lower(after.severity()));
        }
        return new ChangeAnalysis(changes, before.severity(), after.severity(), String.join("; ", sentences));
    }

    private void checkIds(Set<String> topicIds) {
        for (String id : new TreeSet<>(topicIds)) {
            if (taxonomy.topic(id).isEmpty()) {
                throw new IllegalArgumentException("topic id '" + id + "' is not in the taxonomy");
            }
        }
    }

    private Set<String> topics(Set<String> given, List<Attribute> attributes) {
        Set<String> topics = new TreeSet<>(given);
        for (Attribute attribute : attributes) {
            topics.addAll(templates.topics(attribute.name(), attribute.value()));
        }
        return topics;
    }

    private Grade grade(List<Attribute> attributes, Set<String> topics) {
        return rules.decide(attributes, topics)
                .map(rule ->
                        new Grade(rule.severity(), rule.confidence(), rule.explicit(), rule.id(), rule.rationale()))
                .orElseGet(() -> topicDefault(topics));
    }

    /** Without a rule, the most severe default of the provision's topics (taxonomy.json), marked as inferred. */
    private Grade topicDefault(Set<String> topics) {
        return topics.stream()
                .map(id -> taxonomy.topic(id).orElseThrow())
                .max(Comparator.comparing(Topic::defaultSeverity).thenComparing(Topic::id, Comparator.reverseOrder()))
                .map(topic -> new Grade(
                        topic.defaultSeverity(),
                        TOPIC_DEFAULT_CONFIDENCE,
                        false,
                        "topic-default:" + topic.id(),
                        "No rule of the table applies; the default severity of topic " + topic.id() + " " + topic.name()
                                + " is used (" + topic.severityGuidance() + ")"))
                .orElseGet(() -> new Grade(
                        Severity.LOW,
                        NO_RULE_CONFIDENCE,
                        false,
                        "none",
                        "No rule of the table applies and the provision has no topic."));
    }

    private List<RegulationReference> references(Set<String> topics) {
        List<RegulationReference> references = new ArrayList<>();
        for (String topic : topics) {
            for (RegulationReference reference : regulations.referencesFor(topic)) {
                if (!references.contains(reference)) {
                    references.add(reference);
                }
            }
        }
        return references;
    }

    private static String lower(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
