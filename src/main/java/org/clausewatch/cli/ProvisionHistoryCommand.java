package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.VersionRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provision-history}: every version of one provision. */
@Command(
        name = "provision-history",
        mixinStandardHelpOptions = true,
        description = "List every version of one provision (one lineage id), oldest first.")
final class ProvisionHistoryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = false, multiplicity = "1")
    DocumentOptions document;

    @Option(
            names = "--lineage",
            paramLabel = "ID",
            required = true,
            description = "The provision's lineage id (from show --json).")
    String lineage;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ClauseWatch app = common.open()) {
            DocumentRow row = document.find(app.store());
            List<ProvisionRow> history = app.store().provisionHistory(row.id(), lineage);
            if (history.isEmpty()) {
                throw new IllegalArgumentException(
                        "no provision with lineage id '" + lineage + "' in " + row.service() + " / " + row.termsType());
            }
            PrintWriter out = spec.commandLine().getOut();
            String previous = null;
            List<Map<String, Object>> entries = new java.util.ArrayList<>();
            for (ProvisionRow provision : history) {
                VersionRow version = app.store().version(provision.versionId()).orElseThrow();
                boolean changed = previous != null && !previous.equals(provision.text());
                entries.add(json(version, provision, previous == null || changed));
                if (!common.json && (previous == null || changed)) {
                    out.printf(
                            "%s  version %d  %s%n    %s%n",
                            Times.format(version.capturedAt()),
                            version.id(),
                            String.join(" > ", provision.path()),
                            provision.text());
                }
                previous = provision.text();
            }
            if (common.json) {
                Json.print(out, entries);
            }
        }
        return 0;
    }

    private static Map<String, Object> json(VersionRow version, ProvisionRow provision, boolean changed) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("versionId", version.id());
        node.put("capturedAt", Times.format(version.capturedAt()));
        node.put("changed", changed);
        node.putAll(ShowCommand.json(provision));
        return node;
    }
}
