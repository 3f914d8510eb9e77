package org.clausewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Views;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Labels;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.store.CaptureRow;
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

    @Option(names = "--output", paramLabel = "FILE", description = "With --capture: write the bytes to this file.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (output != null) {
            OutputFiles.checkWritable(output);
        }
        try (ClauseWatch app = common.open()) {
            if (what.capture != null) {
                return showCapture(app, what.capture);
            }
            return showVersion(app, what.document);
        }
    }

    private int showVersion(ClauseWatch app, DocumentAt request) {
        Catalogue catalogue = app.catalogue();
        Views.VersionText text = catalogue.text(request.find(catalogue));
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            Json.print(out, JsonShapes.text(text));
        } else {
            header(out, catalogue, text);
            out.print(text.markdown());
            out.flush();
        }
        return 0;
    }

    /**
     * What the text is, before it: service, document, version and capture time as {@code versions} and the pages name
     * them, and where it was fetched from (an imported version has no capture, so no source).
     */
    private static void header(PrintWriter out, Catalogue catalogue, Views.VersionText text) {
        VersionRow version = text.version();
        out.printf("service:   %s%n", text.document().service());
        out.printf("document:  %s%n", text.document().termsType());
        out.printf("version:   %d%n", version.id());
        out.printf(
                "captured:  %s%s%n",
                JsonShapes.time(version.capturedAt()),
                version.flags().isEmpty() ? "" : " (" + String.join(", ", Labels.sorted(version.flags())) + ")");
        version.captureIds().stream()
                .map(id -> catalogue.capture(id).url())
                .distinct()
                .forEach(url -> out.printf("source:    %s%n", url));
        out.println();
    }

    private int showCapture(ClauseWatch app, long id) throws IOException {
        Catalogue catalogue = app.catalogue();
        Views.Capture label = catalogue.captureLabel(id);
        CaptureRow capture = label.capture();
        Bytes payload = catalogue.payload(capture);
        RefusedRequests refused = label.shownRefusals();
        if (output != null) {
            OutputFiles.replace(output, out -> {
                out.write(payload.toArray());
                return output;
            });
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
