package org.clausewatch.report;

import static org.clausewatch.report.Formats.day;
import static org.clausewatch.report.Formats.plural;
import static org.clausewatch.report.Formats.time;

import java.util.ArrayList;
import java.util.List;
import org.clausewatch.browse.Views;
import org.clausewatch.report.Report.Block;
import org.clausewatch.report.Report.Bullets;
import org.clausewatch.report.Report.Heading;
import org.clausewatch.report.Report.Paragraph;
import org.clausewatch.report.Report.Quote;
import org.clausewatch.store.Browsing.LineageChange;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.DocumentRow;

/**
 * A provision's page on paper: its words with the capture they were read from (time and SHA-256), what was read in
 * them, how other platforms handle the topic, its history, and the disclaimer and methodology version.
 */
final class ProvisionReport {
    private ProvisionReport() {}

    static Report of(Views.Provision view, String readerVersion) {
        DocumentRow d = view.document();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.muted(Formats.path(view.latest().path())));
        blocks.add(Paragraph.of((view.current()
                        ? "In the current version"
                        : "No longer in the document (last seen " + day(view.latestAt()) + ")")
                + " · "
                + (view.timesChanged() == 0
                        ? "unchanged since first recorded"
                        : "changed " + plural(view.timesChanged(), "time", "times"))));
        blocks.add(new Quote(Formats.plain(view.latest().text())));
        blocks.add(
                Paragraph.muted("— " + d.service() + ", " + d.termsType() + ", as captured " + time(view.latestAt())));
        view.capture().ifPresent(capture -> evidence(capture, blocks));
        view.analysis().ifPresent(analysis -> analysis(analysis, blocks));
        view.comparison().ifPresent(comparison -> peers(comparison, blocks));
        history(view, blocks);
        blocks.add(new Heading("Disclaimer and methodology"));
        blocks.add(Paragraph.of(Formats.DISCLAIMER));
        blocks.add(Paragraph.muted("Read by ClauseWatch reader " + readerVersion
                + "; how captures, versions and provisions are produced and read is published on the methodology page"
                + " (/methodology)."));
        return new Report(d.service() + " · " + d.termsType(), "Provision " + view.lineageId(), blocks);
    }

    private static void evidence(CaptureRow capture, List<Block> blocks) {
        blocks.add(new Heading("Evidence"));
        blocks.add(new Bullets(List.of(
                "Captured " + time(capture.fetchedAt()) + " from " + capture.url() + " (HTTP " + capture.status() + ", "
                        + capture.mediaType() + ")",
                "SHA-256 of the archived payload: " + capture.payloadDigest().hex(),
                "Archived as WARC record " + capture.warcRecordId() + " in " + capture.warcFile() + " at offset "
                        + capture.warcOffset() + (capture.revisit() ? " (a revisit of an identical payload)" : ""),
                "Capture " + capture.id() + ": /captures/" + capture.id())));
    }

    private static void analysis(Views.ProvisionAnalysis a, List<Block> blocks) {
        blocks.add(new Heading("What ClauseWatch read in it"));
        blocks.add(Paragraph.of("Severity: " + Formats.severity(a.severity()) + " · confidence " + a.confidencePercent()
                + " · " + a.language()));
        if (!a.topics().isEmpty()) {
            blocks.add(Paragraph.of("Topics: "
                    + String.join(
                            ", ",
                            a.topics().stream()
                                    .map(t -> t.id() + " " + t.name())
                                    .toList())));
        }
        blocks.add(new Heading("What it says"));
        blocks.add(Paragraph.of(a.whatItSays()));
        blocks.add(new Heading("What it means for you"));
        blocks.add(Paragraph.of(a.whatItMeans()));
        if (!a.regulations().isEmpty()) {
            blocks.add(new Heading("Potentially relevant regulation"));
            blocks.add(new Bullets(a.regulations().stream()
                    .map(r -> r.instrument() + " " + r.article() + ": " + r.requirement() + " (applies from "
                            + r.inForce() + ")")
                    .toList()));
        }
        blocks.add(new Heading("How this was read"));
        blocks.add(new Bullets(a.howRead()));
        blocks.add(Paragraph.muted(a.notice()));
    }

    private static void peers(Views.Comparison c, List<Block> blocks) {
        blocks.add(new Heading("How other platforms handle this"));
        blocks.add(Paragraph.of(c.line()));
        if (c.peers().isEmpty()) {
            blocks.add(Paragraph.of("No other service watched has a current provision on "
                    + c.topic().name() + "."));
            return;
        }
        blocks.add(Paragraph.muted("For each other service, its current provision most like this one by what was"
                + " read in it (" + c.topic().id() + " " + c.topic().name() + "), most similar first."));
        for (Views.Peer p : c.peers()) {
            blocks.add(new Paragraph(List.of(
                    new Report.Run(p.service() + " · " + p.termsType(), Report.Style.BOLD),
                    new Report.Run(" · severity " + Formats.severity(p.severity()), Report.Style.NORMAL))));
            p.summary().ifPresent(summary -> blocks.add(Paragraph.of(summary)));
            blocks.add(new Quote(Formats.plain(p.provision().text())));
        }
    }

    private static void history(Views.Provision view, List<Block> blocks) {
        blocks.add(new Heading("History of this provision"));
        blocks.add(Paragraph.of("This provision has "
                + (view.timesChanged() == 0 ? "not changed" : "changed " + plural(view.timesChanged(), "time", "times"))
                + " across the versions recorded (lineage id " + view.lineageId() + ")."));
        for (Views.Wording w : view.wordings()) {
            blocks.add(Paragraph.muted(day(w.from()) + " – " + day(w.until()) + " · version " + w.versionId()));
            blocks.add(new Quote(Formats.plain(w.text())));
        }
        if (!view.changes().isEmpty()) {
            blocks.add(new Heading("Change records"));
            blocks.add(new Bullets(
                    view.changes().stream().map(ProvisionReport::changeLine).toList()));
        }
    }

    private static String changeLine(LineageChange c) {
        return day(c.at()) + " (change " + c.changeId() + "): "
                + Formats.label(c.item().kind()) + ", " + Formats.label(c.item().significance()) + " — "
                + c.item().summary();
    }
}
