package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Views;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Topic;
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
            "content), highest severity first within each service, and how the services watched compare on it."
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
            Catalogue catalogue = app.catalogue();
            Topic topic = catalogue
                    .findTopic(topicId)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "--topic: '" + topicId + "' is not a topic of the taxonomy (A1 … F10)"));
            Views.TopicPage page = catalogue.topicPage(topic.id(), Optional.empty());
            List<Views.Peer> shown = page.provisions().stream()
                    .filter(p -> floor.isEmpty()
                            || p.severity()
                                    .filter(s -> s.compareTo(floor.orElseThrow()) >= 0)
                                    .isPresent())
                    .toList();
            print(
                    spec.commandLine().getOut(),
                    new Views.TopicPage(
                            topic, Optional.empty(), shown, page.comparison(), page.regulations(), page.timeline()));
        }
        return 0;
    }

    private static Severity severity(String label) {
        return Labels.parse(Severity.class, label)
                .orElseThrow(() -> new IllegalArgumentException(
                        "severity '" + label + "' is not one of " + String.join(", ", Labels.all(Severity.class))));
    }

    private void print(PrintWriter out, Views.TopicPage page) {
        if (common.json) {
            Json.print(out, JsonShapes.topicPage(page));
            return;
        }
        Topic topic = page.topic();
        out.printf("%s %s: %s%n", topic.id(), topic.name(), page.comparison().line());
        Map<String, List<Views.Peer>> byService = new TreeMap<>();
        page.provisions()
                .forEach(p -> byService
                        .computeIfAbsent(p.service(), s -> new ArrayList<>())
                        .add(p));
        byService.forEach((service, provisions) -> {
            out.printf("%n%s%n", service);
            for (Views.Peer p : provisions) {
                out.printf(
                        "  [%s] %s > %s%n      %s%n",
                        p.severity().map(Labels::of).orElse("not assessed"),
                        p.termsType(),
                        String.join(" > ", p.provision().path()),
                        p.provision().text());
            }
        });
    }
}
