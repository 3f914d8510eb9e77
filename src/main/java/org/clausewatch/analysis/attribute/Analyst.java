package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clausewatch.common.Memo;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Taxonomy;

/**
 * Analyses provisions deterministically: reads attributes from the text, grades severity by the published rule
 * table, writes the plain-language explanation from templates, links regulation references through topics, and
 * computes attribute deltas between two versions. Thread-safe; build one and share it.
 */
public final class Analyst {
    /**
     * Wordings whose attributes are remembered. A change's explanation analyses the wordings on both sides of every
     * modified provision, and its headline the lead one, for other platforms' names and with the topics already read:
     * the attributes depend on the words alone, so each wording is read once.
     */
    private static final int MEMO = 20_000;

    /** What the attributes of a provision depend on. */
    private record Words(String text, Optional<String> context, boolean aboutTraining) {}

    private final Taxonomy taxonomy;
    private final Regulations regulations;
    private final AttributeReader reader;
    private final SeverityRules rules;
    private final TopicRules topicRules;
    private final Comparisons comparisons;
    private final Templates templates;
    private final Explainer explainer;
    private final Deltas deltas;
    private final Memo<Words, List<Attribute>> attributes;

    /** An analyst with the word lists, rule table and templates shipped with ClauseWatch. */
    public Analyst(Taxonomy taxonomy, Regulations regulations) {
        this(taxonomy, regulations, Lexicon.load(), SeverityRules.load(), Templates.load());
    }

    Analyst(Taxonomy taxonomy, Regulations regulations, Lexicon lexicon, SeverityRules rules, Templates templates) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.regulations = Objects.requireNonNull(regulations, "regulations");
        this.reader = new AttributeReader(lexicon);
        this.rules = rules;
        this.topicRules = TopicRules.load();
        this.comparisons = Comparisons.load();
        this.templates = templates;
        this.explainer = new Explainer(templates, taxonomy);
        this.deltas = new Deltas(templates);
        this.attributes = new Memo<>(
                MEMO,
                words ->
                        List.copyOf(reader.read(reader.passage(words.text(), words.context()), words.aboutTraining())));
        checkTopics();
    }

    /** An analyst over the taxonomy and regulation references shipped with ClauseWatch. */
    public static Analyst load() {
        Taxonomy taxonomy = Taxonomy.load();
        return new Analyst(taxonomy, Regulations.load(taxonomy));
    }

    private void checkTopics() {
        templates.keys("unassessed").forEach(id -> {
            if (taxonomy.topic(id).isEmpty()) {
                throw new IllegalStateException(Templates.RESOURCE + ": unassessed line names topic '" + id
                        + "', which is not in the taxonomy");
            }
        });
        Set<String> ruleIds = new java.util.HashSet<>();
        rules.rules().forEach(rule -> ruleIds.add(rule.id()));
        templates.keys("means").forEach(id -> {
            if (!ruleIds.contains(id)) {
                throw new IllegalStateException(Templates.RESOURCE + ": means line names rule '" + id
                        + "', which is not in " + SeverityRules.RESOURCE);
            }
        });
        rules.rules().forEach(rule -> {
            if (templates.means(rule.id(), "").isEmpty()) {
                throw new IllegalStateException(Templates.RESOURCE + ": no means line for rule '" + rule.id() + "'");
            }
        });
        comparisons.topics().forEach(id -> {
            if (taxonomy.topic(id).isEmpty()) {
                throw new IllegalStateException(Comparisons.RESOURCE + ": topic '" + id + "' is not in the taxonomy");
            }
        });
        topicRules.topics().forEach(id -> {
            if (taxonomy.topic(id).isEmpty()) {
                throw new IllegalStateException(TopicRules.RESOURCE + ": topic '" + id + "' is not in the taxonomy");
            }
        });
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
        return analyse(platform, text, Optional.empty(), topicIds);
    }

    /**
     * Analyses one provision whose text continues a lead-in ({@code context}: "We use your information to:"), as a list
     * item does.
     */
    public Analysis analyse(String platform, String text, Optional<String> context, Set<String> topicIds) {
        if (platform == null || platform.isBlank()) {
            throw new IllegalArgumentException("platform name must not be blank");
        }
        Assessment assessment = assess(text, context, topicIds);
        List<RegulationReference> references = references(assessment.topics());
        Explanation explanation =
                explainer.explain(platform.strip(), assessment.attributes(), assessment.grade(), assessment.topics());
        return new Analysis(assessment.attributes(), assessment.grade(), explanation, assessment.topics(), references);
    }

    /**
     * What {@link #analyse} finds in a provision's words before it explains them for a platform: the attributes, the
     * topics and the grade. A reading keeps only these, so the reader asks for them alone.
     */
    public Assessment assess(String text, Optional<String> context, Set<String> topicIds) {
        Objects.requireNonNull(text, "text");
        checkIds(topicIds);
        List<Attribute> attributes =
                this.attributes.get(new Words(text, context, topicIds.contains("F1") || topicIds.contains("F2")));
        Set<String> topics = topics(topicIds, attributes);
        return new Assessment(attributes, topics, grade(attributes, topics));
    }

    /**
     * How the provision is counted when platforms are compared on {@code topic} ("train on user data by default, with
     * an opt-out"), or empty when it takes none of the stances the comparison table names for the topic.
     */
    public Optional<String> stance(String topic, Analysis analysis) {
        return comparisons.stance(topic, analysis.attributes(), analysis.topics());
    }

    /** The words of the {@code attributes} that imply {@code topic}: the evidence of a topic the reading adds. */
    public List<String> evidenceFor(String topic, List<Attribute> attributes) {
        return attributes.stream()
                .filter(a -> templates.topics(a.name(), a.value()).contains(topic))
                .map(Attribute::evidence)
                .distinct()
                .toList();
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
        return reader.read(reader.passage(text, Optional.empty()), false);
    }

    /** The attribute deltas and severity change between two analyses of the same provision. */
    public ChangeAnalysis compare(Analysis before, Analysis after) {
        List<AttributeDelta> changes = deltas.between(before.attributes(), after.attributes());
        List<String> sentences =
                new ArrayList<>(changes.stream().map(AttributeDelta::sentence).toList());
        if (!before.severity().equals(after.severity())) {
            sentences.add(severityChange(before.severity(), after.severity()));
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

    /** The classifier's topics with those the attributes imply, less those the reading does not bear out. */
    private Set<String> topics(Set<String> given, List<Attribute> attributes) {
        Set<String> topics = new TreeSet<>(given);
        for (Attribute attribute : attributes) {
            topics.addAll(templates.topics(attribute.name(), attribute.value()));
        }
        return topicRules.apply(topics, attributes);
    }

    /** The grade of the most severe applicable rule; none when no rule applies (a topic alone never grades). */
    private Optional<Grade> grade(List<Attribute> attributes, Set<String> topics) {
        return rules.decide(attributes, topics)
                .map(rule ->
                        new Grade(rule.severity(), rule.confidence(), rule.explicit(), rule.id(), rule.rationale()));
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

    private static String severityChange(Optional<Severity> before, Optional<Severity> after) {
        if (before.isEmpty()) {
            return "severity is now assessed as " + lower(after.orElseThrow());
        }
        if (after.isEmpty()) {
            return "severity is no longer assessed (was " + lower(before.orElseThrow()) + ")";
        }
        boolean rose = after.orElseThrow().compareTo(before.orElseThrow()) > 0;
        return "severity " + (rose ? "rose" : "fell") + " from " + lower(before.orElseThrow()) + " to "
                + lower(after.orElseThrow());
    }

    private static String lower(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
