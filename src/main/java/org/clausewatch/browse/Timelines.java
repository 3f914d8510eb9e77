package org.clausewatch.browse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.store.Browsing.ChangeSummary;
import org.clausewatch.store.Browsing.DocumentSummary;
import org.clausewatch.store.Browsing.LineageChange;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.TopicChangeRow;
import org.clausewatch.store.TopicFirstRow;
import org.clausewatch.store.VersionRow;

/** Builds the timelines of a service, a topic and a provision from what the store recorded; pure. */
final class Timelines {
    /** Summaries in a mark's title are cut here: the change page has the whole. */
    static final int SUMMARY = 160;

    private Timelines() {}

    /** Every document of a service on one axis: its versions as ticks, its changes by significance and severity. */
    static Timeline service(
            String service,
            List<DocumentSummary> documents,
            Map<Long, List<VersionRow>> versions,
            List<ChangeSummary> changes) {
        List<Timeline.Row> rows = new ArrayList<>();
        for (DocumentSummary summary : documents) {
            long id = summary.document().id();
            List<Timeline.Mark> marks = new ArrayList<>();
            for (VersionRow v : versions.getOrDefault(id, List.of())) {
                marks.add(new Timeline.Mark(
                        v.capturedAt(),
                        Timeline.Kind.VERSION,
                        Optional.empty(),
                        "Version captured " + day(v.capturedAt()),
                        Optional.empty()));
            }
            changes.stream()
                    .map(ChangeSummary::change)
                    .filter(c -> c.document().id() == id)
                    .sorted(Comparator.comparing(ChangeRow::toCapturedAt))
                    .forEach(c -> marks.add(change(c)));
            String termsType = summary.document().termsType();
            rows.add(new Timeline.Row(termsType, Optional.of(Links.document(service, termsType)), List.of(), marks));
        }
        return new Timeline(
                "Timeline of " + service,
                "Every document of " + service + " on one time axis: each version a tick, each change a mark by "
                        + "significance and severity, cosmetic changes faint and not counted.",
                rows);
    }

    private static Timeline.Mark change(ChangeRow c) {
        Timeline.Kind kind = Timeline.Kind.of(c.significance(), c.flags());
        return new Timeline.Mark(
                c.toCapturedAt(),
                kind,
                c.severity(),
                day(c.toCapturedAt()) + ": " + describe(kind, c.significance(), c.severity()) + ". " + cut(c.summary()),
                Optional.of(Links.change(c.id())));
    }

    /**
     * When each service first stated and then added, changed or removed provisions on {@code topic}: one row per
     * service, its first-stated mark at the earliest of its documents' {@code firsts}, then one mark per change record
     * with items on the topic, as significant and severe as its most significant and severe item.
     */
    static Timeline topic(Topic topic, List<TopicChangeRow> items, List<TopicFirstRow> firsts) {
        Map<String, List<Timeline.Mark>> byService = new TreeMap<>();
        for (TopicFirstRow first : firsts) {
            List<Timeline.Mark> marks = byService.computeIfAbsent(first.service(), s -> new ArrayList<>());
            if (marks.isEmpty() || first.capturedAt().isBefore(marks.getFirst().at())) {
                marks.clear();
                marks.add(firstStated(topic, first));
            }
        }
        Map<String, Map<Long, List<TopicChangeRow>>> changes = new TreeMap<>();
        for (TopicChangeRow item : items) {
            changes.computeIfAbsent(item.service(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(item.changeId(), id -> new ArrayList<>())
                    .add(item);
        }
        changes.forEach((service, byChange) -> byService
                .computeIfAbsent(service, s -> new ArrayList<>())
                .addAll(byChange.values().stream().map(Timelines::topicChange).toList()));
        List<Timeline.Row> rows = new ArrayList<>();
        byService.forEach((service, marks) ->
                rows.add(new Timeline.Row(service, Optional.of(Links.service(service)), List.of(), marks)));
        return new Timeline(
                "Timeline of " + topic.id() + " " + topic.name(),
                "When each service first stated a provision on " + topic.name()
                        + " and when it added, changed or removed such provisions: one row per service, a flag where "
                        + "its earliest recorded version holding one was captured, each change a mark by significance "
                        + "and severity, cosmetic changes faint and not counted.",
                rows);
    }

    /** "2024-02-20: ChatGPT first stated a provision on Training on user content, in its Privacy Policy …". */
    private static Timeline.Mark firstStated(Topic topic, TopicFirstRow first) {
        String label = day(first.capturedAt()) + ": " + first.service() + " first stated a provision on " + topic.name()
                + ", in its " + first.termsType()
                + (first.firstRecorded()
                        ? " (already in the earliest version recorded of it, so possibly stated before)."
                        : " (its earlier recorded versions hold none).");
        return new Timeline.Mark(
                first.capturedAt(),
                Timeline.Kind.FIRST_STATED,
                Optional.empty(),
                label,
                Optional.of(Links.version(first.service(), first.termsType(), first.versionId())));
    }

    private static Timeline.Mark topicChange(List<TopicChangeRow> items) {
        TopicChangeRow first = items.get(0);
        Significance significance = items.stream()
                .map(TopicChangeRow::significance)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Optional<Severity> severity = items.stream()
                .map(TopicChangeRow::severity)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        Timeline.Kind kind = Timeline.Kind.of(significance, first.changeFlags());
        Map<String, Integer> kinds = new TreeMap<>();
        items.forEach(i -> kinds.merge(Labels.of(i.kind()), 1, Integer::sum));
        List<String> counted = new ArrayList<>();
        kinds.forEach((k, n) -> counted.add(n + " " + k));
        return new Timeline.Mark(
                first.capturedAt(),
                kind,
                severity,
                day(first.capturedAt()) + ", " + first.termsType() + ": " + describe(kind, significance, severity)
                        + " on the topic (provisions " + String.join(", ", counted) + ").",
                Optional.of(Links.change(first.changeId())));
    }

    /**
     * The wordings of one provision over time, each a span graded by the severity read in it, and the change items
     * about it as marks.
     */
    static Timeline provision(
            String name,
            List<Views.Wording> wordings,
            Map<String, Optional<Severity>> severities,
            List<LineageChange> changes) {
        List<Timeline.Span> spans = new ArrayList<>();
        for (int i = 0; i < wordings.size(); i++) {
            Views.Wording w = wordings.get(i);
            Instant until = i + 1 < wordings.size() ? wordings.get(i + 1).from() : w.until();
            Optional<Severity> severity = severities.getOrDefault(w.text(), Optional.empty());
            spans.add(new Timeline.Span(
                    w.from(),
                    until,
                    severity,
                    "Wording " + (i + 1) + " of " + wordings.size() + ", " + day(w.from()) + " to " + day(w.until())
                            + ", severity " + severity.map(Labels::of).orElse("not assessed"),
                    Optional.empty()));
        }
        List<Timeline.Mark> marks = changes.stream()
                .map(c -> {
                    Timeline.Kind kind = Timeline.Kind.of(c.item().significance(), c.changeFlags());
                    return new Timeline.Mark(
                            c.at(),
                            kind,
                            c.item().severity(),
                            day(c.at()) + ": provision " + Labels.of(c.item().kind()) + ", "
                                    + describe(
                                            kind,
                                            c.item().significance(),
                                            c.item().severity()) + ". "
                                    + cut(c.item().summary()),
                            Optional.of(Links.change(c.changeId())));
                })
                .toList();
        return new Timeline(
                "History of " + name,
                "The wordings of this provision over time, each graded by the severity read in it, and its changes "
                        + "as marks; cosmetic changes faint and not counted.",
                List.of(new Timeline.Row("Wordings", Optional.empty(), spans, marks)));
    }

    /** "substantive change, severity high", "cosmetic change, not counted", "flip-back to an earlier text …". */
    private static String describe(Timeline.Kind kind, Significance significance, Optional<Severity> severity) {
        if (kind == Timeline.Kind.COSMETIC && significance != Significance.COSMETIC) {
            return "back to an earlier text (" + Labels.of(significance) + "), not counted";
        }
        return switch (kind) {
            case SUBSTANTIVE ->
                "substantive change, severity " + severity.map(Labels::of).orElse("not assessed");
            case MINOR -> "minor change";
            case COSMETIC -> "cosmetic change, not counted";
            case VERSION -> "version";
            case FIRST_STATED -> "first stated";
        };
    }

    private static String cut(String summary) {
        return summary.length() <= SUMMARY ? summary : summary.substring(0, SUMMARY - 1) + "…";
    }

    /** The UTC day of {@code at}, as axes and lists show dates. */
    static String day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
