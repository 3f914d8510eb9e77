package org.clausewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.source.DeclarationLoader;
import org.clausewatch.source.DeclarationProblem;
import org.clausewatch.source.DeclarationSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check-declarations}: validates a declarations folder without fetching anything. */
@Command(
        name = "check-declarations",
        mixinStandardHelpOptions = true,
        description = "Load a declarations folder and report every error and warning. Exits 1 when there are errors.")
final class CheckDeclarationsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "Folder of declarations (<service>.json, <service>.history.json).")
    Path folder;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("'" + folder + "' is not a folder");
        }
        DeclarationSet set = new DeclarationLoader().load(folder);
        PrintWriter out = spec.commandLine().getOut();
        long documents =
                set.services().stream().mapToLong(s -> s.documents().size()).sum();
        long errors = set.problems().stream()
                .filter(p -> p.severity() == DeclarationProblem.Severity.ERROR)
                .count();
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("services", set.services().size());
            root.put("documents", documents);
            root.put(
                    "problems",
                    set.problems().stream().map(DeclarationsFolder::json).toList());
            Json.print(out, root);
        } else {
            set.problems().forEach(out::println);
            out.printf(
                    "%d services, %d documents, %d errors, %d warnings%n",
                    set.services().size(), documents, errors, set.problems().size() - errors);
        }
        return errors == 0 ? 0 : 1;
    }
}
