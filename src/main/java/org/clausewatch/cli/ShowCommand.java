package org.clausewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Labels;
import org.clausewatch.fetch.RefusedRequests;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.VersionRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code show}: the version of a document in force at a time, or the raw bytes of one capture. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show the version of a document in force at a time (default: now), or with --capture ID the archived",
            "bytes of one capture, checked against their SHA-256 (written to --output FILE or standard output)."
        })
final class ShowCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @ArgGroup(exclusive = false)
        DocumentAt document;

        @Option(names = "--capture", paramLabel = "ID", description = "Show the archived bytes of this capture.")
        Long capture;
    }

    static final class DocumentAt {
        @ArgGroup(exclusive = false, multiplicity = "1")
        DocumentOptions document;

        @Option(
                names = "--at",
                paramLabel = "ISO-DATE",
                description = "A date (2024-05-01, meaning the end of that UTC day) or a UTC time.")
        String at;
    }

    @Option(names = "--output", paramLabel = "FILE", description = "With --capture: write the bytes to this file.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ClauseWatch app = common.open()) {
            if (what.capture != null) {
                return showCapture(app, what.capture);
            }
            return showVersion(app, what.document);
        }
    }

    private int showVersion(ClauseWatch app, DocumentAt request) {
        Instant at = request.at == null ? Instant.now() : Times.endOf(request.at);
        DocumentRow row = request.document.find(app.store());
        VersionRow version = app.store()
                .versionAt(row.id(), at)
                .orElseThrow(() -> new IllegalArgumentException("no version of " + row.service() + " / "
                        + row.termsType() + " was recorded by " + Times.format(at)));
        String markdown = app.store().markdown(version.id());
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> meta = VersionsCommand.json(version);
            meta.put("service", row.service());
            meta.put("termsType", row.termsType());
            root.put("version", meta);
            root.put("markdown", markdown);
            root.put("provisions", provisions(app, row, version));
            Json.print(out, root);
        } else {
            out.print(markdown);
            out.flush();
        }
        return 0;
    }

    /** The version's provisions, each with what ClauseWatch read in it when a reading is recorded. */
    private static List<Map<String, Object>> provisions(ClauseWatch app, DocumentRow document, VersionRow version) {
        List<ProvisionRow> provisions = app.store().provisions(version.id());
        Map<String, Reading> readings = app.store()
                .readings(
                        ProvisionReader.VERSION,
                        provisions.stream().map(ProvisionRow::key).toList());
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (ProvisionRow provision : provisions) {
            Map<String, Object> node = json(provision);
            Reading reading = readings.get(provision.key());
            if (reading != null) {
                ReadingJson.add(node, app.reader(), document.service(), provision, reading);
            }
            nodes.add(node);
        }
        return nodes;
    }

    static Map<String, Object> json(ProvisionRow provision) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", provision.versionId() + "/" + provision.position());
        node.put("lineageId", provision.lineageId());
        node.put("path", provision.path());
        node.put("text", provision.text());
        node.put("position", provision.position());
        node.put("page", provision.page());
        node.put("kind", Labels.of(provision.kind()));
        provision.context().ifPresent(context -> node.put("context", context));
        return node;
    }

    private int showCapture(ClauseWatch app, long id) throws IOException {
        CaptureRow capture =
                app.store().capture(id).orElseThrow(() -> new IllegalArgumentException("no capture with id " + id));
        Bytes payload = app.archive().readPayload(payloadSource(app, capture).archived());
        RefusedRequests refused =
                capture.rendered() ? app.archive().refusedRequests(capture.archived()) : RefusedRequests.none();
        if (output != null) {
            Files.write(output, payload.toArray());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            Json.print(out, CaptureJson.of(capture, payload, refused));
        } else if (output != null) {
            out.printf(
                    "capture %d: %d bytes of %s fetched %s, sha256 %s verified, written to %s%n",
                    id,
                    payload.size(),
                    capture.url(),
                    Times.format(capture.fetchedAt()),
                    capture.payloadDigest().hex(),
                    output);
            printRefused(out, refused);
        } else {
            OutputStream raw = System.out;
            raw.write(payload.toArray());
            raw.flush();
            // standard output holds the bytes alone; the warning goes where the reader sees it
            printRefused(spec.commandLine().getErr(), refused);
        }
        return 0;
    }

    private static void printRefused(PrintWriter out, RefusedRequests refused) {
        if (refused.isEmpty()) {
            return;
        }
        out.printf(
                "while it was rendered, the page tried %d requests that ClauseWatch refused; the capture lacks what"
                        + " they would have added:%n",
                refused.total());
        refused.kept().forEach(refusal -> out.printf("  refused %s%n", refusal));
        if (refused.omitted() > 0) {
            out.printf("  and %d more, not listed%n", refused.omitted());
        }
        out.flush();
    }

    private static CaptureRow payloadSource(ClauseWatch app, CaptureRow capture) {
        return capture.revisit()
                ? app.store()
                        .payloadSource(capture)
                        .orElseThrow(() -> new IllegalStateException(
                                "capture " + capture.id() + " is a revisit whose original record is not indexed"))
                : capture;
    }
}
