package org.clausewatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.report.Reports;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the printable PDF report of a provision or of a change, as the web pages offer it. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write the printable report (PDF, text selectable, fonts embedded) of a provision (its words, capture",
            "time and digest, reading, analysis, peers, history) or of a change (summary, deltas, redline)."
        })
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--provision", paramLabel = "LINEAGE", description = "The provision's lineage id.")
        String provision;

        @Option(names = "--change", paramLabel = "ID", description = "The change record's id.")
        Long change;
    }

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The PDF file to write.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFiles.checkWritable(output);
        try (ClauseWatch app = common.open()) {
            Reports reports = new Reports(app.catalogue(), Clock.systemUTC());
            write(reports);
            print();
            return 0;
        }
    }

    private void write(Reports reports) throws IOException {
        OutputFiles.replace(output, out -> {
            if (what.provision != null) {
                reports.provision(what.provision, out);
            } else {
                reports.change(what.change, out);
            }
            return output;
        });
    }

    private void print() {
        String subject = what.provision != null ? "provision " + what.provision : "change " + what.change;
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("output", output.toString());
            root.put("report", subject);
            Json.print(spec.commandLine().getOut(), root);
            return;
        }
        spec.commandLine().getOut().println("wrote the report of " + subject + " to " + output);
    }
}
