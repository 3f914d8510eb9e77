package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.JsonShapes;
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
            DocumentRow row = document.find(app.catalogue());
            List<VersionRow> versions = app.catalogue().versions(row);
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Json.print(out, versions.stream().map(JsonShapes::version).toList());
            } else {
                versions.forEach(v -> out.printf(
                        "%6d  %s  %s  %8d bytes  %s%n",
                        v.id(),
                        JsonShapes.time(v.capturedAt()),
                        v.sha256().hex().substring(0, 16),
                        v.bytes(),
                        String.join(",", Labels.sorted(v.flags()))));
                out.printf("%d versions of %s / %s%n", versions.size(), row.service(), row.termsType());
            }
        }
        return 0;
    }
}
