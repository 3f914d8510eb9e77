package org.clausewatch.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.archive.CdxjSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-cdxj}: a CDXJ index of the archive, for pywb or any other WARC replay tool. */
@Command(
        name = "export-cdxj",
        mixinStandardHelpOptions = true,
        description = {
            "Write a CDXJ index of every WARC file of the archive (<data>/warcs), sorted, one line per response,",
            "resource and revisit record: SURT key, 14-digit timestamp and {url, mime, status, digest, length,",
            "offset, filename}, as pywb reads it. Point the replay tool at the WARC folder as it is."
        })
final class ExportCdxjCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The index file to write.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFiles.checkWritable(output);
        try (ClauseWatch app = common.open()) {
            CdxjSummary summary = write(app);
            print(spec.commandLine().getOut(), summary);
            return 0;
        }
    }

    private CdxjSummary write(ClauseWatch app) throws java.io.IOException {
        return OutputFiles.replace(output, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CdxjSummary summary = app.archive().exportCdxj(text);
            text.flush();
            return summary;
        });
    }

    private void print(PrintWriter out, CdxjSummary summary) {
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("output", output.toString());
            root.put("warcFiles", summary.warcFiles());
            root.put("lines", summary.lines());
            root.put("warnings", summary.warnings());
            Json.print(out, root);
            return;
        }
        summary.warnings().forEach(warning -> out.println("warning: " + warning));
        out.println(
                "wrote " + summary.lines() + " index lines for " + summary.warcFiles() + " WARC files to " + output);
    }
}
