package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.TopicProvisionRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare --topic ID}: what the current documents of every service say on one topic. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "List the current provisions of every service on one topic of the taxonomy (e.g. F1, training on user",
            "content), highest severity first within each service, and how many of the services watched have one."
        })
final class CompareCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--topic", paramLabel = "ID", required = true, description = "A taxonomy topic id: A1 … F10.")
    String topicId;

    @Option(
            names = "--min-severity",
            paramLabel = "LEVEL",
            description = "Only provisions at least this severe: low, medium, high or critical.")
    String minSeverity;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<Severity> floor = Optional.ofNullable(minSeverity).map(CompareCommand::severity);
        try (ClauseWatch app = common.open()) {
            Topic topic = app.taxonomy()
                    .topic(topicId)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "--topic: '" + topicId + "' is not a topic of the taxonomy (A1 … F10)"));
            List<TopicProvisionRow> provisions =
                    app.store().currentProvisionsOn(topic.id(), ProvisionReader.VERSION).stream()
                            .filter(p -> floor.isEmpty()
                                    || p.severity()
                                            .filter(s -> s.compareTo(floor.orElseThrow()) >= 0)
                                            .isPresent())
                            .sorted(Comparator.comparing(TopicProvisionRow::service)
                                    .thenComparing(
                                            p -> p.severity().map(Enum::ordinal).orElse(-1), Comparator.reverseOrder())
                                    .thenComparing(p -> p.provision().position()))
                            .toList();
            long watched = app.store().documents().stream()
                    .map(DocumentRow::service)
                    .distinct()
                    .count();
            long having = provisions.stream()
                    .map(TopicProvisionRow::service)
                    .distinct()
                    .count();
            print(spec.commandLine().getOut(), topic, provisions, having, watched);
        }
        return 0;
    }

    private static Severity severity(String label) {
        return Labels.parse(Severity.class, label)
                .orElseThrow(() -> new IllegalArgumentException(
                        "severity '" + label + "' is not one of " + String.join(", ", Labels.all(Severity.class))));
    }

    private void print(PrintWriter out, Topic topic, List<TopicProvisionRow> provisions, long having, long watched) {
        if (common.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("topic", Map.of("id", topic.id(), "name", topic.name()));
            root.put("services", having);
            root.put("servicesWatched", watched);
            root.put("provisions", provisions.stream().map(CompareCommand::json).toList());
            Json.print(out, root);
            return;
        }
        out.printf("%s %s: %d of %d services%n", topic.id(), topic.name(), having, watched);
        String service = null;
        for (TopicProvisionRow row : provisions) {
            if (!row.service().equals(service)) {
                service = row.service();
                out.printf("%n%s%n", service);
            }
            out.printf(
                    "  [%s] %s > %s%n      %s%n",
                    row.severity().map(Labels::of).orElse("not assessed"),
                    row.termsType(),
                    String.join(" > ", row.provision().path()),
                    row.provision().text());
        }
    }

    private static Map<String, Object> json(TopicProvisionRow row) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", row.service());
        node.put("termsType", row.termsType());
        node.put("lineageId", row.provision().lineageId());
        node.put("path", row.provision().path());
        node.put("text", row.provision().text());
        node.put("severity", row.severity().map(Labels::of).orElse(null));
        node.put("confidence", row.confidence());
        return node;
    }
}
