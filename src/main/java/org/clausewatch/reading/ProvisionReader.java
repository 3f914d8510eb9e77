package org.clausewatch.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.TopicClassifier;
import org.clausewatch.analysis.UnfairClauseClassifier;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.analysis.attribute.Analyst;
import org.clausewatch.analysis.attribute.Assessment;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.analysis.attribute.Grade;
import org.clausewatch.analysis.attribute.PublishedRule;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.common.Memo;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.provision.MarkdownText;

/**
 * Reads provisions: the topic classifier, the unfair-clause classifier and the analyst behind one call. Pure and
 * deterministic; safe to share between threads.
 */
public final class ProvisionReader {
    /**
     * The version of everything a reading depends on: the reading code's revision and a digest of the models, cue
     * lists and rule tables ({@link ReaderVersion}). Readings are stored under it; when it changes, {@code analyse}
     * (and {@code serve} at start) read every provision again. Recorded by the build, not digested at every start.
     */
    public static final String VERSION = ReaderVersion.recorded();

    /**
     * Wordings whose readings are remembered. An imported history is recorded after all its versions are prepared, so
     * the wordings of a version's predecessor are not yet in the store when the change into it is explained; nor are a
     * wording's other documents' readings while they are imported side by side.
     */
    private static final int MEMO = 20_000;

    /** What a reading depends on: the words, and the lead-in they continue. */
    private record Wording(String text, Optional<String> context) {}

    private final TopicClassifier topics;
    private final UnfairClauseClassifier unfair;
    private final Analyst analyst;
    private final Memo<Wording, Reading> readings = new Memo<>(MEMO, w -> fresh(w.text(), w.context()));

    public ProvisionReader(TopicClassifier topics, UnfairClauseClassifier unfair, Analyst analyst) {
        this.topics = topics;
        this.unfair = unfair;
        this.analyst = analyst;
    }

    /** A reader with the models, cues and rule tables shipped with ClauseWatch, over the given knowledge. */
    public static ProvisionReader load(Taxonomy taxonomy, Regulations regulations) {
        return new ProvisionReader(
                TopicClassifier.load(), UnfairClauseClassifier.load(), new Analyst(taxonomy, regulations));
    }

    /**
     * Reads a provision's Markdown text; {@code context} is the lead-in of a list item ("We share it with:"), which
     * often carries what the item is about.
     */
    public Reading read(String text, Optional<String> context) {
        return readings.get(new Wording(text, context));
    }

    private Reading fresh(String text, Optional<String> context) {
        String plain = MarkdownText.plain(text);
        String classified =
                context.map(c -> MarkdownText.plain(c) + " " + plain).orElse(plain);
        List<Label> topicLabels = topics.classify(classified);
        List<String> unfairCodes = unfair.classify(plain);
        // the evidence of the kinds flagged: most provisions have none, and then no evidence is looked for
        List<String> unfairEvidence = unfairCodes.isEmpty() ? List.of() : unfair.evidence(plain);
        List<Label> unfairLabels = unfairCodes.stream()
                .map(code -> new Label(
                        code,
                        1.0,
                        unfairEvidence.stream()
                                .filter(e -> e.startsWith(code + ":"))
                                .toList()))
                .toList();
        // the grade depends on the words and topics only; the platform's name matters to the explanation alone
        Assessment assessment = analyst.assess(text, context, ids(topicLabels));
        Optional<Grade> grade = assessment.grade();
        return new Reading(
                topics(topicLabels, assessment),
                unfairLabels,
                grade.map(Grade::severity),
                grade.map(Grade::confidence).orElse(0.0),
                grade.map(Grade::explicit).orElse(false),
                grade.map(Grade::rule).orElse("none"));
    }

    /** The severity rule table the analysis grades by, as the methodology publishes it. */
    public List<PublishedRule> severityRules() {
        return analyst.severityRules();
    }

    /** The full analysis of a provision of {@code platform}, generated from its reading. */
    public Analysis analysis(String platform, String text, Reading reading) {
        return analysis(platform, text, Optional.empty(), reading);
    }

    /** The full analysis of a provision that continues a lead-in ({@code context}), generated from its reading. */
    public Analysis analysis(String platform, String text, Optional<String> context, Reading reading) {
        return analyst.analyse(platform, text, context, Set.copyOf(reading.topicIds()));
    }

    /**
     * The topics the reading bears out: the classifier's, less those the analysis does not keep (a licence granted to
     * the user is not a licence to user content), plus those what was read implies, with its words as evidence.
     */
    private List<Label> topics(List<Label> classified, Assessment assessment) {
        List<Label> topics = new ArrayList<>();
        for (String id : new TreeSet<>(assessment.topics())) {
            topics.add(classified.stream()
                    .filter(label -> label.code().equals(id))
                    .findFirst()
                    .orElseGet(() -> new Label(id, 1.0, analyst.evidenceFor(id, assessment.attributes()))));
        }
        return topics;
    }

    /** How a provision is counted when platforms are compared on {@code topic}; empty when it takes no listed stance. */
    public Optional<String> stance(String topic, Analysis analysis) {
        return analyst.stance(topic, analysis);
    }

    /**
     * The change record with its meaning said: each modified item names what changed in its reading, and the summary
     * leads with the most severe item and that change ("training on your conversations: now by default, with an
     * opt-out; was: not used"), then counts the rest. {@code readings} gives the readings of an item's wordings, each
     * read with the lead-in its provision continues.
     */
    public ExplainedChange explain(
            String platform, ChangeRecord change, java.util.function.Function<ChangeItem, ItemReadings> readings) {
        return new ChangeMeaning(this).explain(platform, change, readings);
    }

    /**
     * What a change item of kind {@code kind} means, from the readings of its wordings (the same as
     * {@link #explain} records with a change): topics, severity, and what changed in the reading of a modified one.
     */
    public ItemMeaning meaning(
            String platform,
            ChangeItem.Kind kind,
            Optional<String> before,
            Optional<Reading> beforeReading,
            Optional<String> after,
            Optional<Reading> afterReading) {
        return new ChangeMeaning(this).meaning(platform, kind, before, beforeReading, after, afterReading);
    }

    /** What changed in a provision's analysis from one wording to the next. */
    public ChangeAnalysis compare(
            String platform, String before, Reading beforeReading, String after, Reading afterReading) {
        return analyst.compare(analysis(platform, before, beforeReading), analysis(platform, after, afterReading));
    }

    private static Set<String> ids(List<Label> labels) {
        Set<String> ids = new LinkedHashSet<>();
        labels.forEach(label -> ids.add(label.code()));
        return ids;
    }
}
