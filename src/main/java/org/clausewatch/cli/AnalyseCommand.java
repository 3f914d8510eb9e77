package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.common.ReadingReport;
import org.clausewatch.reading.ProvisionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code analyse}: reads every recorded wording that has no reading of the current reader version. */
@Command(
        name = "analyse",
        mixinStandardHelpOptions = true,
        description = {
            "Read every recorded provision that has no reading yet (topics, unfair-clause kinds, severity): after",
            "an upgrade of the reader, or for a database recorded before provisions were read. Tracking and import",
            "read new provisions by themselves."
        })
final class AnalyseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        try (ClauseWatch app = common.open()) {
            ReadingReport result;
            try (ProgressLine progress = ProgressLine.on(spec.commandLine().getErr(), "analyse")) {
                result = app.analyse(progress);
            }
            print(
                    spec.commandLine().getOut(),
                    result.keyed(),
                    result.read(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return 0;
    }

    private void print(PrintWriter out, int keyed, int read, long millis) {
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("readerVersion", ProvisionReader.VERSION);
            root.put("provisionsKeyed", keyed);
            root.put("wordingsRead", read);
            root.put("millis", millis);
            Json.print(out, root);
        } else {
            out.printf(
                    "%d wordings read with reader version %s (%d provisions given their key) in %.1f s%n",
                    read, ProvisionReader.VERSION, keyed, millis / 1000.0);
        }
    }
}
