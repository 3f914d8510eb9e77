package org.clausewatch.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.evidence.Subject;
import org.clausewatch.store.DocumentRow;
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
    DocumentOptions document;

    @Option(
            names = "--at",
            paramLabel = "ISO-DATE",
            description = "A date (2024-05-01, meaning the end of that UTC day) or a UTC time.")
    String at;

    @Option(names = "--provision", paramLabel = "LINEAGE", description = "The lineage id of a provision of it.")
    String provision;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The ZIP file to write.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ClauseWatch app = common.open()) {
            Catalogue catalogue = app.catalogue();
            DocumentRow row = document.find(catalogue);
            Instant when = at == null ? Instant.now() : Times.endOf(at);
            VersionRow version = catalogue
                    .versionAt(row, when)
                    .orElseThrow(() -> new IllegalArgumentException("no version of " + row.service() + " / "
                            + row.termsType() + " was recorded by " + JsonShapes.time(when)));
            Subject subject = new Subject(version.id(), Optional.ofNullable(provision));
            write(app, subject);
            print(spec.commandLine().getOut(), subject);
            return 0;
        }
    }

    /** Written beside the target and moved into place, so a failed export leaves no half pack under its name. */
    private void write(ClauseWatch app, Subject subject) throws java.io.IOException {
        Path absolute = output.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), ".evidence-", ".zip.part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                app.evidence().write(subject, out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
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
