package org.clausewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.importer.ImportReport;
import org.clausewatch.importer.OtaImporter;
import org.clausewatch.source.DeclarationSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-ota}: imports an Open Terms Archive dataset as version history. */
@Command(
        name = "import-ota",
        mixinStandardHelpOptions = true,
        description = {
            "Import an Open Terms Archive dataset (<service>/<terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md) as version history,",
            "with those capture times, marked as imported. Importing again adds only newer versions."
        })
final class ImportOtaCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "The dataset folder.")
    Path dataset;

    @Option(
            names = "--declarations",
            paramLabel = "DIR",
            description = "Declarations to register with the imported documents (reported, not fetched).")
    Path declarations;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OtaImporter.checkDataset(dataset);
        try (ClauseWatch app = common.open()) {
            Optional<DeclarationSet> declared =
                    Optional.ofNullable(declarations).map(app.declarationLoader()::load);
            long start = System.nanoTime();
            ImportReport report;
            try (ProgressLine progress = ProgressLine.on(spec.commandLine().getErr(), "import-ota")) {
                report = app.importer().importDataset(dataset, progress);
            }
            print(spec.commandLine().getOut(), report, declared, (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }

    private void print(PrintWriter out, ImportReport report, Optional<DeclarationSet> declared, long millis) {
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("versionsImported", report.versionsImported());
            root.put(
                    "documents",
                    report.documents().stream().map(ImportOtaCommand::json).toList());
            declared.ifPresent(set -> root.put(
                    "problems",
                    set.problems().stream().map(DeclarationsFolder::json).toList()));
            Json.print(out, root);
            return;
        }
        declared.ifPresent(set -> set.problems().forEach(out::println));
        for (ImportReport.DocumentImport d : report.documents()) {
            out.printf(
                    "%s / %s: %d imported, %d unchanged, %d refused%n",
                    d.service(),
                    d.termsType(),
                    d.imported(),
                    d.unchanged(),
                    d.refused().size());
            d.refused().forEach(reason -> out.println("  refused " + reason));
        }
        out.printf(
                "%d documents, %d versions imported (%.1f s)%n",
                report.documents().size(), report.versionsImported(), millis / 1000.0);
    }

    private static Map<String, Object> json(ImportReport.DocumentImport d) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", d.service());
        node.put("termsType", d.termsType());
        node.put("imported", d.imported());
        node.put("unchanged", d.unchanged());
        node.put("refused", d.refused());
        return node;
    }
}
