package org.clausewatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.ProvisionClassifier;
import org.clausewatch.analysis.Scheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code classify}: labels provision texts read as JSON lines, one output line per input line in the same order. A
 * bad input line gets an error object on its output line and a message on stderr, and the exit status is then 2.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Read JSON lines {\"text\": ...} and write one JSON line per input, in order:",
            "{\"labels\": [\"F1\", ...], \"scores\": {\"F1\": 0.93, ...}} for topics, {\"labels\": [\"LTD\", ...]} for"
                    + " unfair-tos.",
            "A line that is not a JSON object with a string \"text\" gets {\"error\": \"line N: ...\"} and a message on"
                    + " stderr; the other lines are still classified and the exit status is 2."
        })
final class ClassifyCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Output is flushed this often so that a consumer of a long stream sees results as they come. */
    private static final int FLUSH_EVERY = 1000;

    @Option(
            names = "--scheme",
            paramLabel = "SCHEME",
            description = "topics (default) or unfair-tos.",
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
        Scheme chosen = Scheme.of(scheme);
        ProvisionClassifier classifier = chosen.classifier();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        try (BufferedReader reader = open()) {
            String line;
            for (int number = 1; (line = reader.readLine()) != null; number++) {
                String result;
                try {
                    result = JSON.writeValueAsString(classify(classifier, chosen, text(line, number)));
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

    /** The provision text of one input line; a {@link BadLine} names the line number and what is wrong. */
    static String text(String line, int number) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BadLine("line " + number + ": not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("line " + number + ": expected a JSON object {\"text\": ...}");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isString()) {
            throw new BadLine("line " + number + ": no string field \"text\"");
        }
        return text.asString();
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
