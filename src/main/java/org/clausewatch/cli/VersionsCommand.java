package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.common.Labels;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.VersionRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code versions}: the recorded versions of one document. */
@Command(
        name = "versions",
        mixinStandardHelpOptions = true,
        description = "List the versions of a document, oldest first.")
final class VersionsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = false, multiplicity = "1")
    DocumentOptions document;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ClauseWatch app = common.open()) {
            DocumentRow row = document.find(app.store());
            List<VersionRow> versions = app.store().versions(row.id());
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Json.print(out, versions.stream().map(VersionsCommand::json).toList());
            } else {
                versions.forEach(v -> out.printf(
                        "%6d  %s  %s  %8d bytes  %s%n",
                        v.id(),
                        Times.format(v.capturedAt()),
                        v.sha256().hex().substring(0, 16),
                        v.bytes(),
                        String.join(",", sorted(v))));
                out.printf("%d versions of %s / %s%n", versions.size(), row.service(), row.termsType());
            }
        }
        return 0;
    }

    static Map<String, Object> json(VersionRow v) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", v.id());
        node.put("capturedAt", Times.format(v.capturedAt()));
        node.put("sha256", v.sha256().hex());
        node.put("bytes", v.bytes());
        node.put("flags", sorted(v));
        node.put("extractorVersion", v.extractorVersion());
        node.put("captures", v.captureIds());
        return node;
    }

    private static List<String> sorted(VersionRow v) {
        return Labels.sorted(v.flags());
    }
}
