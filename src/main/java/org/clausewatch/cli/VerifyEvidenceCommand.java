package org.clausewatch.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.evidence.PackCheck;
import org.clausewatch.evidence.PackReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify-evidence}: checks an evidence pack offline; opens no database and sends nothing anywhere. */
@Command(
        name = "verify-evidence",
        mixinStandardHelpOptions = true,
        description = {
            "Check an evidence pack offline: its SHA-256 manifest, the custody links and their chain, each WARC",
            "record against its link, the text against the version, and the RFC 3161 token against the link it",
            "covers. Says what holds and what does not; exits 1 when anything does not hold."
        })
final class VerifyEvidenceCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE.zip", description = "The evidence pack.")
    Path pack;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(pack)) {
            throw new IllegalArgumentException("no evidence pack '" + pack + "'");
        }
        PackReport report;
        try (InputStream in = Files.newInputStream(pack)) {
            report = PackCheck.check(in);
        }
        print(spec.commandLine().getOut(), report);
        return report.sound() ? 0 : 1;
    }

    private void print(PrintWriter out, PackReport report) {
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("sound", report.sound());
            root.put("holds", report.holds());
            root.put("fails", report.fails());
            root.put("unproven", report.unproven());
            Json.print(out, root);
            return;
        }
        report.holds().forEach(line -> out.println("holds: " + line));
        report.unproven().forEach(line -> out.println("not proven: " + line));
        report.fails().forEach(line -> out.println("DOES NOT HOLD: " + line));
        out.println(
                report.sound()
                        ? "the pack is intact: " + report.holds().size() + " checks hold"
                        : "the pack does NOT check: " + report.fails().size() + " problems");
        out.flush();
    }
}
