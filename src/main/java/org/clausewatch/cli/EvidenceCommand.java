package org.clausewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.evidence.Subject;
import org.clausewatch.store.VersionRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidence}: writes the evidence pack of a version, or of one provision in it, to a ZIP file. */
@Command(
        name = "evidence",
        mixinStandardHelpOptions = true,
        description = {
            "Write an evidence pack (ZIP) of the version in force at a time (default: now), or of one provision in it:",
            "the WARC records of its captures, its text, its JSON with readings, the custody links up to a",
            "timestamped head, the RFC 3161 token, the TSA certificates, a SHA-256 manifest and a README that says",
            "how to check it with sha256sum and openssl only. verify-evidence checks a pack."
        })
final class EvidenceCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = false, multiplicity = "1")
    DocumentAt document;

    @Option(names = "--provision", paramLabel = "LINEAGE", description = "The lineage id of a provision of it.")
    String provision;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The ZIP file to write.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFiles.checkWritable(output);
        try (ClauseWatch app = common.open()) {
            VersionRow version = document.find(app.catalogue());
            Subject subject = new Subject(version.id(), Optional.ofNullable(provision));
            OutputFiles.replace(output, out -> {
                app.evidence().write(subject, out);
                return output;
            });
            print(spec.commandLine().getOut(), subject);
            return 0;
        }
    }

    private void print(PrintWriter out, Subject subject) throws java.io.IOException {
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("versionId", subject.versionId());
            subject.lineageId().ifPresent(l -> root.put("lineageId", l));
            root.put("output", output.toString());
            root.put("bytes", Files.size(output));
            Json.print(out, root);
            return;
        }
        out.printf(
                "evidence pack of version %d%s written to %s (%d bytes); check it with: clausewatch verify-evidence %s%n",
                subject.versionId(),
                subject.lineageId().map(l -> ", provision " + l).orElse(""),
                output,
                Files.size(output),
                output);
        out.flush();
    }
}
