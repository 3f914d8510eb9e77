package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Views;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.TrackingStatus;
import org.clausewatch.store.VersionRow;
import org.clausewatch.version.VersionFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code status}: tracking health of every recorded document. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description =
                "List every document with its last successful capture and, when failing, the failure class, message and since when.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ClauseWatch app = common.open()) {
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Views.DocumentStatus document : app.catalogue().statuses()) {
                rows.add(JsonShapes.status(document.document(), document.status()));
                if (!common.json) {
                    out.println(line(document.document(), document.status(), app.store()));
                }
            }
            if (common.json) {
                Json.print(out, Map.of("documents", rows));
            }
        }
        return 0;
    }

    private static String line(DocumentRow document, TrackingStatus status, Store store) {
        String state = status.currentFailure()
                .map(f -> "FAILING " + f.failureClass().label() + " since " + JsonShapes.time(f.since()) + ": "
                        + f.message())
                .orElse("ok");
        String success = status.lastSuccessAt().map(JsonShapes::time).orElseGet(() -> imported(document, store));
        return document.service() + " / " + document.termsType() + "  last success " + success + "  " + state;
    }

    /** A document never tracked but imported says so, with its latest imported version, rather than "never". */
    private static String imported(DocumentRow document, Store store) {
        return store.versions(document.id()).stream()
                .filter(v -> v.flags().contains(VersionFlag.IMPORTED))
                .map(VersionRow::capturedAt)
                .max(Comparator.naturalOrder())
                .map(at -> "none, imported (latest version " + JsonShapes.time(at) + ")")
                .orElse("never");
    }
}
