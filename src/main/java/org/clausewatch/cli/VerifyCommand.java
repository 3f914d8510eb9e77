package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code verify}: re-checks every archived capture against its digest. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description =
                "Re-read every WARC record of the archive and check its payload against its SHA-256. Exits 1 on any mismatch.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ClauseWatch app = common.open()) {
            List<String> problems =
                    app.archive().verify().stream().map(Object::toString).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Json.print(out, Map.of("ok", problems.isEmpty(), "problems", problems));
            } else {
                problems.forEach(out::println);
                out.println(
                        problems.isEmpty()
                                ? "archive verified: every record matches its digest"
                                : problems.size() + " problems");
            }
            return problems.isEmpty() ? 0 : 1;
        }
    }
}
