package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.store.NewReadings;
import org.clausewatch.store.ReadingRow;
import org.clausewatch.store.UnreadProvision;
import org.clausewatch.track.HistoryWriter;
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
    private static final int BATCH = 2_000;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        try (ClauseWatch app = common.open()) {
            int keyed = app.store()
                    .fillProvisionKeys(
                            text -> Sha256.of(MarkdownText.plain(text)).hex());
            ProvisionReader reader = app.reader();
            int read = 0;
            for (List<UnreadProvision> batch = app.store().unreadProvisions(ProvisionReader.VERSION, BATCH);
                    !batch.isEmpty();
                    batch = app.store().unreadProvisions(ProvisionReader.VERSION, BATCH)) {
                List<ReadingRow> rows = new ArrayList<>(batch.size());
                for (UnreadProvision unread : batch) {
                    rows.add(HistoryWriter.row(unread.textKey(), reader.read(unread.text(), unread.context())));
                }
                app.store().recordReadings(new NewReadings(ProvisionReader.VERSION, rows));
                read += rows.size();
            }
            print(spec.commandLine().getOut(), keyed, read, (System.nanoTime() - started) / 1_000_000);
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
