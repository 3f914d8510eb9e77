package org.clausewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Views;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.DocumentRow;
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
        Catalogue catalogue = app.catalogue();
        DocumentRow row = request.document.find(catalogue);
        VersionRow version = catalogue
                .versionAt(row, at)
                .orElseThrow(() -> new IllegalArgumentException("no version of " + row.service() + " / "
                        + row.termsType() + " was recorded by " + JsonShapes.time(at)));
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            Json.print(out, JsonShapes.text(catalogue.text(version)));
        } else {
            out.print(catalogue.text(version).markdown());
            out.flush();
        }
        return 0;
    }

    private int showCapture(ClauseWatch app, long id) throws IOException {
        Catalogue catalogue = app.catalogue();
        Views.Capture label = catalogue.captureLabel(id);
        CaptureRow capture = label.capture();
        Bytes payload = catalogue.payload(capture);
        RefusedRequests refused = label.shownRefusals();
        if (output != null) {
            Files.write(output, payload.toArray());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            Json.print(out, JsonShapes.capture(label, payload));
        } else if (output != null) {
            out.printf(
                    "capture %d: %d bytes of %s fetched %s, sha256 %s verified, written to %s%n",
                    id,
                    payload.size(),
                    capture.url(),
                    JsonShapes.time(capture.fetchedAt()),
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
}
