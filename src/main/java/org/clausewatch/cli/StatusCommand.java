package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.TrackingStatus;
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
            for (DocumentRow document : app.store().documents()) {
                TrackingStatus status = app.store().status(document.id());
                rows.add(json(document, status));
                if (!common.json) {
                    out.println(line(document, status));
                }
            }
            if (common.json) {
                Json.print(out, Map.of("documents", rows));
            }
        }
        return 0;
    }

    private static Map<String, Object> json(DocumentRow document, TrackingStatus status) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", document.service());
        node.put("termsType", document.termsType());
        node.put("lastSuccessAt", status.lastSuccessAt().map(Times::format).orElse(null));
        status.currentFailure().ifPresent(f -> {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("class", f.failureClass().label());
            failure.put("message", f.message());
            failure.put("since", Times.format(f.since()));
            failure.put("lastAttemptAt", Times.format(f.lastAttemptAt()));
            node.put("failure", failure);
        });
        return node;
    }

    private static String line(DocumentRow document, TrackingStatus status) {
        String state = status.currentFailure()
                .map(f -> "FAILING " + f.failureClass().label() + " since " + Times.format(f.since()) + ": "
                        + f.message())
                .orElse("ok");
        String success = status.lastSuccessAt().map(Times::format).orElse("never");
        return document.service() + " / " + document.termsType() + "  last success " + success + "  " + state;
    }
}
