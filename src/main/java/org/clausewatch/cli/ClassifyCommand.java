package org.clausewatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.ProvisionClassifier;
import org.clausewatch.analysis.Scheme;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code classify}: labels provision texts read as JSON lines, one output line per input line in the same order; the
 * reading scheme reads each as a provision of the service it names and writes what {@code show --json} says of a
 * recorded provision. No database is opened. A bad input line gets an error object on its output line and a message
 * on stderr, and the exit status is then 2.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Read JSON lines {\"text\": ...} and write one JSON line per input, in order:",
            "{\"labels\": [\"F1\", ...], \"scores\": {\"F1\": 0.93, ...}} for topics, {\"labels\": [\"LTD\", ...]} for"
                    + " unfair-tos.",
            "With --scheme reading, lines {\"text\": ..., \"service\": \"Name\", \"context\": \"lead-in\"} (service and"
                    + " context optional) get topics, unfair, attributes, severity, confidence, explicit, rule and"
                    + " analysis {whatItSays, whatItMeans, howRead, notice, evidence}, the prose naming the service.",
            "A line that is not a JSON object with a string \"text\" gets {\"error\": \"line N: ...\"} and a message on"
                    + " stderr; the other lines are still classified and the exit status is 2."
        })
final class ClassifyCommand implements Callable<Integer> {
    /** The scheme that reads each text as a provision: topics, unfair kinds, attributes, severity and analysis. */
    static final String READING = "reading";

    /** The service named in a reading's prose when the input line names none. */
    static final String ANY_SERVICE = "the platform";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Output is flushed this often so that a consumer of a long stream sees results as they come. */
    private static final int FLUSH_EVERY = 1000;

    @Option(
            names = "--scheme",
            paramLabel = "SCHEME",
            description = "topics (default), unfair-tos or reading.",
            defaultValue = "topics")
    String scheme;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "Read from FILE instead of standard input ('-': standard input).",
            defaultValue = "-")
    String input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Function<Input, Map<String, Object>> labeller = labeller();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        try (BufferedReader reader = open()) {
            String line;
            for (int number = 1; (line = reader.readLine()) != null; number++) {
                String result;
                try {
                    result = JSON.writeValueAsString(labeller.apply(input(line, number)));
                } catch (BadLine e) {
                    bad++;
                    err.println("clausewatch classify: " + e.getMessage());
                    result = JSON.writeValueAsString(Map.of("error", e.getMessage()));
                }
                out.write(result);
                out.write('\n');
                if (number % FLUSH_EVERY == 0) {
                    out.flush();
                }
            }
        }
        out.flush();
        return bad == 0 ? 0 : Cli.BAD_ARGUMENTS;
    }

    private BufferedReader open() throws IOException {
        if (input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("input file '" + input + "' does not exist");
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** How each input is labelled under the chosen scheme; an unknown scheme names the known ones. */
    private Function<Input, Map<String, Object>> labeller() {
        if (scheme.equals(READING)) {
            Taxonomy taxonomy = Taxonomy.load();
            ProvisionReader reader = ProvisionReader.load(taxonomy, Regulations.load(taxonomy));
            return input -> read(reader, input);
        }
        Scheme chosen = Arrays.stream(Scheme.values())
                .filter(s -> s.title().equals(scheme))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scheme '" + scheme + "'; known: "
                        + String.join(
                                ", ",
                                Arrays.stream(Scheme.values())
                                        .map(Scheme::title)
                                        .toList()) + ", "
                        + READING));
        ProvisionClassifier classifier = chosen.classifier();
        return input -> classify(classifier, chosen, input.text());
    }

    /** One input line: a provision's text, the service its prose names and the lead-in of a list item. */
    record Input(String text, String service, Optional<String> context) {}

    /** The input of one line; a {@link BadLine} names the line number and what is wrong. */
    static Input input(String line, int number) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BadLine("line " + number + ": not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("line " + number + ": expected a JSON object {\"text\": ...}");
        }
        return new Input(
                field(node, "text", number)
                        .orElseThrow(() -> new BadLine("line " + number + ": no string field \"text\"")),
                field(node, "service", number).orElse(ANY_SERVICE),
                field(node, "context", number));
    }

    /** The string field {@code name} of a line, empty when absent or null; any other value is a bad line. */
    private static Optional<String> field(JsonNode node, String name, int number) throws BadLine {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new BadLine("line " + number + ": field \"" + name + "\" is not a string");
        }
        return Optional.of(value.asString());
    }

    private static Map<String, Object> read(ProvisionReader reader, Input input) {
        Reading reading = reader.read(input.text(), input.context());
        return JsonShapes.reading(reading, reader.analysis(input.service(), input.text(), input.context(), reading));
    }

    private static Map<String, Object> classify(ProvisionClassifier classifier, Scheme scheme, String text) {
        List<Label> labels = classifier.decide(text);
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Label label : labels) {
            codes.add(label.code());
            scores.put(label.code(), Math.round(label.confidence() * 1000) / 1000.0);
        }
        result.put("labels", codes);
        if (scheme == Scheme.TOPICS) {
            result.put("scores", scores);
        }
        return result;
    }

    /** One input line that cannot be classified. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message);
        }
    }
}
