package org.clausewatch.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.clausewatch.ClauseWatch;
import org.clausewatch.common.Labels;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentMoveRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code changes}: provision-level change records, oldest first. */
@Command(
        name = "changes",
        mixinStandardHelpOptions = true,
        description =
                "List change records, oldest first: per change its significance, flags, summary and the provisions that changed.")
final class ChangesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--service", paramLabel = "S", description = "Only changes of this service.")
    String service;

    @Option(
            names = {"--type", "--terms-type"},
            paramLabel = "T",
            description = "Only changes of documents of this terms type.")
    String termsType;

    @Option(
            names = "--since",
            paramLabel = "ISO-DATE",
            description = "Only changes recorded at or after this date (2024-05-01) or UTC time.")
    String since;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<Instant> from = Optional.ofNullable(since).map(Times::startOf);
        try (ClauseWatch app = common.open()) {
            List<ChangeRow> changes = app.store().changes(Optional.empty(), from).stream()
                    .filter(c -> service == null || c.document().service().equals(service))
                    .filter(c -> termsType == null || c.document().termsType().equals(termsType))
                    .toList();
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Json.print(
                        out,
                        changes.stream()
                                .map(change -> {
                                    Map<String, Object> node = json(change, app.store()::documentMove);
                                    ChangeReadings.add(app, change, node);
                                    return node;
                                })
                                .toList());
            } else {
                changes.forEach(change -> print(out, change, app.store()::documentMove));
                out.printf("%d changes%n", changes.size());
            }
        }
        return 0;
    }

    private static void print(
            PrintWriter out, ChangeRow change, Function<String, Optional<DocumentMoveRow>> documentMoves) {
        out.printf(
                "%s  %s / %s  %s%s  %s%n",
                Times.format(change.toCapturedAt()),
                change.document().service(),
                change.document().termsType(),
                Labels.of(change.significance()),
                change.flags().isEmpty() ? "" : " [" + String.join(", ", Labels.sorted(change.flags())) + "]",
                change.summary());
        for (ChangeItemRow item : change.items()) {
            String across = documentMove(change, item, documentMoves)
                    .map(move -> move.toLineage().equals(item.lineageId())
                            ? " [from the " + move.fromTermsType() + "]"
                            : " [to the " + move.toTermsType() + "]")
                    .orElse("");
            out.printf(
                    "    %-8s %-11s %s%s%n",
                    Labels.of(item.kind()), Labels.of(item.significance()), item.summary(), across);
        }
    }

    static Map<String, Object> json(ChangeRow change, Function<String, Optional<DocumentMoveRow>> documentMoves) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", change.id());
        node.put("service", change.document().service());
        node.put("termsType", change.document().termsType());
        node.put(
                "from",
                Map.of("versionId", change.fromVersionId(), "capturedAt", Times.format(change.fromCapturedAt())));
        node.put("to", Map.of("versionId", change.toVersionId(), "capturedAt", Times.format(change.toCapturedAt())));
        node.put("significance", Labels.of(change.significance()));
        node.put("flags", Labels.sorted(change.flags()));
        node.put("summary", change.summary());
        node.put("topics", change.topics());
        change.severity().ifPresent(severity -> node.put("severity", Labels.of(severity)));
        node.put(
                "items",
                change.items().stream()
                        .map(item -> json(item, documentMove(change, item, documentMoves)))
                        .toList());
        return node;
    }

    /**
     * The move between documents an item stands for: the moved item of the change that recognised it, or the added or
     * removed item the other document recorded before the move was known.
     */
    private static Optional<DocumentMoveRow> documentMove(
            ChangeRow change, ChangeItemRow item, Function<String, Optional<DocumentMoveRow>> documentMoves) {
        String lineage = item.lineageId();
        return switch (item.kind()) {
            case MOVED -> documentMoves.apply(lineage).filter(m -> m.versionId() == change.toVersionId());
            case ADDED -> documentMoves.apply(lineage).filter(m -> m.toLineage().equals(lineage));
            case REMOVED ->
                documentMoves.apply(lineage).filter(m -> m.fromLineage().equals(lineage));
            case MODIFIED -> Optional.empty();
        };
    }

    private static Map<String, Object> json(ChangeItemRow item, Optional<DocumentMoveRow> documentMove) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("kind", Labels.of(item.kind()));
        node.put("lineageId", item.lineageId());
        node.put("path", item.path());
        item.before().ifPresent(text -> node.put("before", text));
        item.after().ifPresent(text -> node.put("after", text));
        if (!item.redline().isEmpty()) {
            node.put(
                    "redline",
                    item.redline().stream()
                            .map(r -> Map.of("op", Labels.of(r.op()), "text", r.text()))
                            .toList());
        }
        documentMove.ifPresent(move -> otherDocument(node, item, move));
        node.put("significance", Labels.of(item.significance()));
        node.put("summary", item.summary());
        return node;
    }

    /** A move between documents names the other document and the provision's lineage there. */
    private static void otherDocument(Map<String, Object> node, ChangeItemRow item, DocumentMoveRow move) {
        if (move.toLineage().equals(item.lineageId())) {
            node.put("movedFrom", Map.of("termsType", move.fromTermsType(), "lineageId", move.fromLineage()));
        } else {
            node.put("movedTo", Map.of("termsType", move.toTermsType(), "lineageId", move.toLineage()));
        }
    }
}
