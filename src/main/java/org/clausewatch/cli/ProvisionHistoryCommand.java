package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Views;
import org.clausewatch.store.Browsing.ProvisionOccurrence;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provision-history}: every version of one provision. */
@Command(
        name = "provision-history",
        mixinStandardHelpOptions = true,
        description = {
            "List every version of one provision (one lineage id), oldest first.",
            "The lineage id names its document; --service and --type, when given, must name the same one."
        })
final class ProvisionHistoryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = false)
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
            Catalogue catalogue = app.catalogue();
            List<ProvisionOccurrence> history = history(catalogue);
            PrintWriter out = spec.commandLine().getOut();
            String previous = null;
            List<Map<String, Object>> entries = new ArrayList<>();
            for (ProvisionOccurrence occurrence : history) {
                ProvisionRow provision = occurrence.provision();
                boolean changed = previous == null || !previous.equals(provision.text());
                entries.add(json(occurrence, changed));
                if (!common.json && changed) {
                    out.printf(
                            "%s  version %d  %s%n    %s%n",
                            JsonShapes.time(occurrence.versionCapturedAt()),
                            provision.versionId(),
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

    /**
     * The versions of the provision in the document its lineage id names; {@code --service/--type}, when given, must
     * name that document, so a history is never shown under a document it is not of.
     */
    private List<ProvisionOccurrence> history(Catalogue catalogue) {
        DocumentRow named = document == null ? null : document.find(catalogue);
        Optional<Views.ProvisionName> provision = catalogue.provisionName(lineage);
        if (provision.isEmpty()) {
            throw new IllegalArgumentException("no provision with lineage id '" + lineage + "'"
                    + (named == null ? "" : " in " + named.service() + " / " + named.termsType()));
        }
        DocumentRow own =
                catalogue.document(provision.get().service(), provision.get().termsType());
        List<ProvisionOccurrence> history = catalogue.lineage(named == null ? own : named, lineage);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("provision '" + lineage + "' is of " + own.service() + " / "
                    + own.termsType() + ", not of " + named.service() + " / " + named.termsType()
                    + "; --service and --type may be left out");
        }
        return history;
    }

    /** One version holding the provision: {@code versionId}, {@code capturedAt}, {@code changed}, the provision. */
    private static Map<String, Object> json(ProvisionOccurrence occurrence, boolean changed) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("versionId", occurrence.provision().versionId());
        node.put("capturedAt", JsonShapes.time(occurrence.versionCapturedAt()));
        node.put("changed", changed);
        node.putAll(JsonShapes.provision(occurrence.provision()));
        return node;
    }
}
