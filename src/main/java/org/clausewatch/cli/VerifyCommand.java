package org.clausewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.archive.ArchiveProblem;
import org.clausewatch.common.Progress;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.CustodyReport;
import org.clausewatch.timestamp.TimestampReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code verify}: re-checks the archive and every indexed capture against its digest. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Re-read every WARC record and check its digests, then read back every indexed capture and check it",
            "against the SHA-256 in the index, and walk the custody chain of the index from its first link.",
            "Prints the chain's head hash (publish it to make even a cut-off tail detectable), and checks every",
            "RFC 3161 timestamp token kept with a link: signature, imprint, and time order with the chain.",
            "Exits 1 when anything does not match."
        })
final class VerifyCommand implements Callable<Integer> {
    private static final int PAGE = 500;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ClauseWatch app = common.open()) {
            List<String> problems = new ArrayList<>();
            List<String> notices = new ArrayList<>();
            for (ArchiveProblem problem : app.archive().verify()) {
                // A torn tail holds no indexed capture: the index check below proves every indexed one is intact.
                (problem.interruptedWrite() ? notices : problems).add(problem.toString());
            }
            long checked;
            try (ProgressLine progress = ProgressLine.on(spec.commandLine().getErr(), "verify")) {
                checked = verifyIndex(app, problems, progress);
            }
            CustodyReport custody = app.store().verifyCustody();
            problems.addAll(custody.problems());
            TimestampReport stamps = app.timestamping().verify();
            problems.addAll(stamps.problems());
            notices.addAll(stamps.notices());
            print(spec.commandLine().getOut(), problems, notices, checked, custody, stamps);
            return problems.isEmpty() ? 0 : 1;
        }
    }

    /** Reads back every capture the index knows; a revisit is checked through the record holding its payload. */
    private static long verifyIndex(ClauseWatch app, List<String> problems, Progress progress) {
        long checked = 0;
        progress.begin(-1, "captures");
        long after = 0;
        for (List<CaptureRow> page = app.store().captures(after, PAGE);
                !page.isEmpty();
                page = app.store().captures(after, PAGE)) {
            for (CaptureRow capture : page) {
                verify(app, capture).ifPresent(problems::add);
                checked++;
                progress.advance(1, capture.url());
                after = capture.id();
            }
        }
        return checked;
    }

    private static java.util.Optional<String> verify(ClauseWatch app, CaptureRow capture) {
        try {
            CaptureRow source = app.store().payloadSource(capture).orElse(null);
            if (source == null) {
                return java.util.Optional.of("capture " + capture.id() + ": revisit without an indexed original");
            }
            app.archive().readPayload(source.archived());
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of("capture " + capture.id() + " of " + capture.url() + ": " + e.getMessage());
        }
    }

    private void print(
            PrintWriter out,
            List<String> problems,
            List<String> notices,
            long checked,
            CustodyReport custody,
            TimestampReport stamps) {
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("ok", problems.isEmpty());
            root.put("capturesChecked", checked);
            root.put("custody", Map.of("links", custody.links(), "head", custody.head(), "intact", custody.intact()));
            root.put("timestamps", timestamps(stamps));
            root.put("problems", problems);
            root.put("interruptedWrites", notices);
            Json.print(out, root);
            return;
        }
        notices.forEach(notice -> out.println("notice: " + notice));
        problems.forEach(out::println);
        out.println(
                problems.isEmpty()
                        ? "verified: every WARC record and all " + checked + " indexed captures match their digests"
                        : problems.size() + " problems (" + checked + " indexed captures checked)");
        out.println("custody chain: " + custody.links() + " links, " + (custody.intact() ? "intact" : "BROKEN")
                + ", head " + custody.head());
        out.println(stamps.latest()
                .map(latest -> "timestamps: " + stamps.tokens() + " tokens checked; the latest covers link "
                        + latest.link().seq() + " at " + latest.stampedAt() + " (" + latest.authority() + ")")
                .orElse("timestamps: none kept (set tsa-url to have the chain's head timestamped)"));
    }

    private static Map<String, Object> timestamps(TimestampReport stamps) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tokens", stamps.tokens());
        stamps.latest().ifPresent(latest -> {
            json.put("latestLink", latest.link().seq());
            json.put("latestTime", latest.stampedAt().toString());
            json.put("authority", latest.authority());
        });
        return json;
    }
}
