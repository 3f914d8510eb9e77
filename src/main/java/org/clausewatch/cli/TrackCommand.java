package org.clausewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Settings;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.source.DeclarationProblem;
import org.clausewatch.source.DeclarationSet;
import org.clausewatch.source.DocumentDeclaration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code track}: one tracking pass over the declared documents. */
@Command(
        name = "track",
        mixinStandardHelpOptions = true,
        description = {
            "Fetch, archive, extract and version every declared document once, then exit.",
            "Exits 0 even when some documents failed: failures are recorded and listed."
        })
final class TrackCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TrackingOptions tracking;

    @Option(names = "--service", paramLabel = "NAME", description = "Track only this service (repeatable).")
    List<String> services = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(tracking.onto(new CommonOptions.Given()));
        Path folder = DeclarationsFolder.resolve(settings);
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            DeclarationSet set = app.declarationLoader().load(folder);
            List<DocumentDeclaration> documents = set.documentsOf(services);
            TrackingReport report;
            try (ProgressLine progress = ProgressLine.on(spec.commandLine().getErr(), "track")) {
                report = app.track(documents, progress);
            }
            print(spec.commandLine().getOut(), set.problems(), report);
        }
        return 0;
    }

    private void print(PrintWriter out, List<DeclarationProblem> problems, TrackingReport report) {
        if (common.json) {
            Json.print(out, json(problems, report));
            return;
        }
        problems.forEach(problem -> out.println(problem));
        for (DocumentOutcome d : report.documents()) {
            out.println(line(d));
        }
        out.printf(
                "%d documents: %d new versions, %d unchanged, %d failed (%.1f s)%n",
                report.documents().size(),
                report.count(DocumentOutcome.Outcome.NEW_VERSION),
                report.count(DocumentOutcome.Outcome.UNCHANGED),
                report.count(DocumentOutcome.Outcome.FAILED),
                report.elapsed().toMillis() / 1000.0);
    }

    static String line(DocumentOutcome d) {
        String detail = d.failure()
                .map(f -> f.failureClass().label() + ": " + f.message())
                .orElse(d.versionId().map(id -> "version " + id).orElse(""));
        return String.format("%-12s %s / %s  %s", d.outcome().label(), d.service(), d.termsType(), detail);
    }

    private static Map<String, Object> json(List<DeclarationProblem> problems, TrackingReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(
                "documents", report.documents().stream().map(TrackCommand::json).toList());
        root.put("problems", problems.stream().map(DeclarationsFolder::json).toList());
        return root;
    }

    static Map<String, Object> json(DocumentOutcome d) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", d.service());
        node.put("termsType", d.termsType());
        node.put("outcome", d.outcome().label());
        d.versionId().ifPresent(id -> node.put("versionId", id));
        d.failure()
                .ifPresent(f ->
                        node.put("failure", Map.of("class", f.failureClass().label(), "message", f.message())));
        return node;
    }
}
