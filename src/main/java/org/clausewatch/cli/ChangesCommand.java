package org.clausewatch.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Views;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.store.ChangeRow;
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
            Catalogue catalogue = app.catalogue();
            List<Views.ChangeDetail> changes = catalogue.changeRecords(Optional.empty(), from).stream()
                    .filter(c -> service == null || c.document().service().equals(service))
                    .filter(c -> termsType == null || c.document().termsType().equals(termsType))
                    .map(catalogue::detail)
                    .toList();
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Json.print(out, changes.stream().map(JsonShapes::change).toList());
            } else {
                changes.forEach(change -> print(out, change));
                out.printf("%d changes%n", changes.size());
            }
        }
        return 0;
    }

    /**
     * A change as a few lines: when, which document, significance and flags, the summary (what changed in meaning
     * first); its severity and topics by name; why it was not alerted, if so; then each item, with its own severity,
     * topics and the document it moved from or to.
     */
    private static void print(PrintWriter out, Views.ChangeDetail detail) {
        ChangeRow change = detail.change();
        out.printf(
                "%s  %s / %s  %s%s  %s%n",
                JsonShapes.time(change.toCapturedAt()),
                change.document().service(),
                change.document().termsType(),
                Labels.of(change.significance()),
                change.flags().isEmpty() ? "" : " [" + String.join(", ", Labels.sorted(change.flags())) + "]",
                change.summary());
        about(change.severity(), detail.topics()).ifPresent(line -> out.printf("    %s%n", line));
        detail.notAlerted().ifPresent(why -> out.printf("    %s%n", why));
        for (Views.ItemDetail item : detail.items()) {
            String across = item.documentMove()
                    .map(move -> move.toLineage().equals(item.item().lineageId())
                            ? " [from the " + move.fromTermsType() + "]"
                            : " [to the " + move.toTermsType() + "]")
                    .orElse("");
            out.printf(
                    "    %-8s %-11s %s%s%n",
                    Labels.of(item.item().kind()),
                    Labels.of(item.item().significance()),
                    item.item().summary(),
                    across);
            about(item.severity(), item.topics()).ifPresent(line -> out.printf("%21s%s%n", "", line));
        }
    }

    /** "severity: high · topics: Training on user content, Licence to user content", or empty when nothing is read. */
    private static Optional<String> about(Optional<Severity> severity, List<Views.TopicName> topics) {
        if (severity.isEmpty() && topics.isEmpty()) {
            return Optional.empty();
        }
        String names = topics.stream().map(Views.TopicName::name).collect(Collectors.joining(", "));
        return Optional.of("severity: " + severity.map(Labels::of).orElse("not assessed")
                + (names.isEmpty() ? "" : " · topics: " + names));
    }
}
