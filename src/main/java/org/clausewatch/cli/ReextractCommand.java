package org.clausewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
import org.clausewatch.Settings;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.source.DeclarationSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reextract}: extracts the archived captures of every document's latest version again. */
@Command(
        name = "reextract",
        mixinStandardHelpOptions = true,
        description = {
            "Extract the archived captures behind each document's latest version again, with the current extractor",
            "and the declaration valid when they were captured. A different text becomes a version flagged",
            "technical-upgrade. Nothing is fetched."
        })
final class ReextractCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(
            names = "--declarations",
            paramLabel = "DIR",
            description = "Folder of declarations. Default: ./declarations.")
    Path declarations;

    @Option(names = "--service", paramLabel = "NAME", description = "Only this service (repeatable).")
    List<String> services = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(new CommonOptions.Given().value(Setting.DECLARATIONS, declarations));
        Path folder = DeclarationsFolder.resolve(settings);
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            DeclarationSet set = app.declarationLoader().load(folder);
            List<DocumentOutcome> outcomes;
            try (ProgressLine progress = ProgressLine.on(spec.commandLine().getErr(), "reextract")) {
                outcomes = app.reextract(set.documentsOf(services), progress);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("documents", outcomes.stream().map(TrackCommand::json).toList());
                Json.print(out, root);
            } else {
                outcomes.forEach(d -> out.println(TrackCommand.line(d)));
                out.printf(
                        "%d documents re-extracted: %d new versions, %d unchanged, %d failed%n",
                        outcomes.size(),
                        count(outcomes, DocumentOutcome.Outcome.NEW_VERSION),
                        count(outcomes, DocumentOutcome.Outcome.UNCHANGED),
                        count(outcomes, DocumentOutcome.Outcome.FAILED));
            }
        }
        return 0;
    }

    private static long count(List<DocumentOutcome> outcomes, DocumentOutcome.Outcome outcome) {
        return outcomes.stream().filter(d -> d.outcome() == outcome).count();
    }
}
