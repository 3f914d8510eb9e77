package org.clausewatch.report;

import static org.clausewatch.report.Formats.day;
import static org.clausewatch.report.Formats.time;

import java.util.ArrayList;
import java.util.List;
import org.clausewatch.analysis.attribute.AttributeDelta;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.browse.Views;
import org.clausewatch.change.Redline;
import org.clausewatch.report.Report.Block;
import org.clausewatch.report.Report.Bullets;
import org.clausewatch.report.Report.Heading;
import org.clausewatch.report.Report.Paragraph;
import org.clausewatch.report.Report.Run;
import org.clausewatch.report.Report.Style;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.DocumentRow;

/**
 * A change's page on paper: its summary, significance and topics, and for every provision that changed the deltas of
 * its reading and its word-level redline. Inserted and deleted words carry the wdiff marks {@code {+…+}} and
 * {@code [-…-]} besides their colour and rule, so that a black-and-white print and copied text keep the redline.
 */
final class ChangeReport {
    static final String LEGEND = "Inserted words are marked {+like this+} (green, underlined), deleted words"
            + " [-like this-] (red, struck through).";

    private ChangeReport() {}

    static Report of(Views.Change view, String readerVersion) {
        DocumentRow d = view.document();
        List<Block> blocks = new ArrayList<>();
        List<String> flags = org.clausewatch.common.Labels.sorted(view.flags());
        blocks.add(new Paragraph(List.of(
                new Run(
                        Formats.label(view.significance())
                                + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")") + ": ",
                        Style.BOLD),
                new Run(view.summary(), Style.NORMAL))));
        if (view.severity().isPresent() || !view.topics().isEmpty()) {
            blocks.add(Paragraph.of("Severity: " + Formats.severity(view.severity()) + topics(view.topics())));
        }
        view.notAlerted().ifPresent(reason -> blocks.add(Paragraph.muted(reason)));
        blocks.add(Paragraph.muted(
                "From version " + view.from().id() + " (" + time(view.from().capturedAt()) + ") to version "
                        + view.to().id() + " (" + time(view.to().capturedAt()) + ")."));
        if (view.items().isEmpty()) {
            blocks.add(Paragraph.of("No provision changed."));
        } else {
            blocks.add(Paragraph.muted(LEGEND));
        }
        for (Views.ItemDetail detail : view.items()) {
            item(detail, blocks);
        }
        blocks.add(new Heading("Disclaimer and methodology"));
        blocks.add(Paragraph.of(Formats.DISCLAIMER));
        blocks.add(Paragraph.muted("Significance, topics and severity by ClauseWatch reader " + readerVersion
                + "; the rules are published on the methodology page (/methodology)."));
        String subtitle = view.changeId().map(id -> "Change " + id).orElse("Comparison") + ": "
                + day(view.from().capturedAt()) + " → " + day(view.to().capturedAt());
        return new Report(d.service() + " · " + d.termsType(), subtitle, blocks);
    }

    private static void item(Views.ItemDetail detail, List<Block> blocks) {
        ChangeItemRow item = detail.item();
        blocks.add(new Heading(Formats.label(item.kind()) + ", " + Formats.label(item.significance()) + ": "
                + Formats.path(item.path())));
        blocks.add(Paragraph.of(item.summary()));
        if (detail.severity().isPresent() || !detail.topics().isEmpty()) {
            blocks.add(Paragraph.muted("Severity: " + Formats.severity(detail.severity()) + topics(detail.topics())));
        }
        detail.attributeChanges().ifPresent(delta -> deltas(delta, blocks));
        blocks.add(redline(item));
        blocks.add(Paragraph.muted("Provision " + item.lineageId()));
    }

    private static void deltas(ChangeAnalysis delta, List<Block> blocks) {
        List<String> lines = new ArrayList<>(
                delta.deltas().stream().map(AttributeDelta::sentence).toList());
        if (!delta.severityBefore().equals(delta.severityAfter())) {
            lines.add("severity: " + Formats.severity(delta.severityBefore()) + " → "
                    + Formats.severity(delta.severityAfter()));
        }
        blocks.add(Paragraph.of("What changed in its reading:"));
        blocks.add(new Bullets(lines));
    }

    /** The word-level redline, or for an added or removed provision its whole text inserted or deleted. */
    private static Paragraph redline(ChangeItemRow item) {
        List<Run> runs = new ArrayList<>();
        if (!item.redline().isEmpty()) {
            for (Redline run : item.redline()) {
                runs.add(marked(run.op(), run.text()));
            }
        } else {
            item.before().ifPresent(text -> runs.add(marked(Redline.Op.DELETE, text)));
            item.after().ifPresent(text -> runs.add(marked(Redline.Op.INSERT, text)));
        }
        return new Paragraph(runs);
    }

    private static Run marked(Redline.Op op, String text) {
        return switch (op) {
            case EQUAL -> new Run(text + " ", Style.NORMAL);
            case INSERT -> new Run("{+" + text + "+} ", Style.INSERT);
            case DELETE -> new Run("[-" + text + "-] ", Style.DELETE);
        };
    }

    private static String topics(List<Views.TopicName> topics) {
        return topics.isEmpty()
                ? ""
                : " · topics: "
                        + String.join(
                                ", ",
                                topics.stream()
                                        .map(t -> t.id() + " " + t.name())
                                        .toList());
    }
}
