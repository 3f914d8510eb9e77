package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClassifyCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRAINING = "We may use your Inputs and Outputs to train and improve our AI models,"
            + " unless you opt out through your account settings.";
    private static final String LIABILITY =
            "In no event shall the company be liable for any indirect, incidental or consequential damages.";
    private static final String CONTACT = "Questions about this policy can be sent to our support team.";

    @TempDir
    Path folder;

    @Test
    void writesTopicsAndScoresOneLinePerInputInOrder() throws IOException {
        CliRun run = classify(List.of(line(TRAINING), line(CONTACT), line(LIABILITY)), "classify");
        assertThat(run.status()).isZero();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(codes(lines.get(0))).contains("F1", "E5");
        assertThat(lines.get(0).get("scores").get("F1").asDouble()).isBetween(0.5, 1.0);
        assertThat(codes(lines.get(1))).isEmpty();
        assertThat(lines.get(1).get("scores").isEmpty()).isTrue();
        assertThat(codes(lines.get(2))).contains("C1");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesUnfairKindsWithoutScores() throws IOException {
        CliRun run = classify(List.of(line(LIABILITY), line(CONTACT)), "classify", "--scheme", "unfair-tos");
        assertThat(run.status()).isZero();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines.get(0).toString()).isEqualTo("{\"labels\":[\"LTD\"]}");
        assertThat(lines.get(1).toString()).isEqualTo("{\"labels\":[]}");
    }

    @Test
    void answersABadLineWithAnErrorOnItsLineAndExitsTwo() throws IOException {
        CliRun run = classify(
                List.of(line(TRAINING), "not json", "{\"title\": \"x\"}", "[1, 2]", line(LIABILITY)), "classify");
        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(5);
        assertThat(codes(lines.get(0))).contains("F1");
        assertThat(lines.get(1).get("error").asString()).startsWith("line 2: not JSON");
        assertThat(lines.get(2).get("error").asString()).isEqualTo("line 3: no string field \"text\"");
        assertThat(lines.get(3).get("error").asString()).isEqualTo("line 4: expected a JSON object {\"text\": ...}");
        assertThat(codes(lines.get(4))).contains("C1");
        assertThat(run.err())
                .contains("clausewatch classify: line 2: not JSON")
                .contains("clausewatch classify: line 3: no string field \"text\"");
    }

    /** Real sentences of the shared corpus (xAI's privacy policy and commercial terms, OpenAI's business terms). */
    private static final String TRAINS_UNLESS_OPTED_OUT = "We may use your Inputs and Outputs to train our models and"
            + " improve our Services, unless you opt out through your account settings.";

    private static final String DOES_NOT_TRAIN =
            "By default, we do not use your business data for training our models.";
    private static final String ASSIGNS_OUTPUT = "Customer (a) retains all right, title, and interest (including all"
            + " intellectual-property rights) in and to the Input; and (b) owns all right, title, and interest in the"
            + " Output in perpetuity and, to the fullest extent possible under applicable law, SpaceXAI hereby assigns"
            + " to Customer all of its right, title, and interest in such Output.";

    @Test
    void readingSchemeWritesWhatShowSaysOfAProvisionNamingTheServiceGiven() throws IOException {
        CliRun run = classify(
                List.of(
                        JSON.writeValueAsString(Map.of("text", TRAINS_UNLESS_OPTED_OUT, "service", "Grok")),
                        line(DOES_NOT_TRAIN),
                        JSON.writeValueAsString(Map.of("text", ASSIGNS_OUTPUT, "service", "Grok")),
                        JSON.writeValueAsString(Map.of(
                                "text",
                                "your prompts and other content you submit.",
                                "context",
                                "We may use the following to train and improve our AI models:")),
                        line("your prompts and other content you submit.")),
                "classify",
                "--scheme",
                "reading");
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(5);

        JsonNode trains = lines.get(0);
        assertThat(trains.get("topics").toString()).contains("\"F1\"");
        assertThat(trains.get("attributes").get("training.use").toString()).isEqualTo("[\"uses\"]");
        assertThat(trains.get("attributes").get("training.optOut").toString()).isEqualTo("[\"available\"]");
        assertThat(trains.get("severity").asString()).isEqualTo("medium");
        assertThat(trains.get("rule").asString()).isNotEqualTo("none");
        assertThat(trains.get("confidence").asDouble()).isBetween(0.5, 1.0);
        JsonNode analysis = trains.get("analysis");
        assertThat(analysis.get("whatItSays").asString()).contains("Grok").doesNotContain("F1", "“");
        assertThat(analysis.get("whatItMeans").asString()).isNotBlank();
        assertThat(analysis.get("howRead").toString()).contains("training.use = uses");
        assertThat(analysis.get("notice").asString()).containsIgnoringCase("not a legal determination");

        JsonNode doesNot = lines.get(1);
        assertThat(doesNot.get("attributes").get("training.use").toString()).isEqualTo("[\"does-not-use\"]");
        assertThat(doesNot.get("severity").asString()).isEqualTo("low");
        assertThat(doesNot.get("analysis").get("whatItSays").asString()).contains("the platform");

        JsonNode assigns = lines.get(2);
        assertThat(assigns.get("attributes").get("licence.assignment").toString())
                .isEqualTo("[\"to-user\"]");
        assertThat(assigns.get("severity").asString()).isEqualTo("low");

        assertThat(lines.get(3).get("topics").toString())
                .as("the lead-in says what the item is about")
                .contains("\"F1\"");
        assertThat(lines.get(4).get("topics").toString()).isEqualTo("[]");
    }

    @Test
    void readingSchemeAnswersABadLineAndANotAssessedOneInOrder() throws IOException {
        CliRun run = classify(
                List.of(
                        "{\"text\": 3}",
                        JSON.writeValueAsString(Map.of("text", CONTACT, "service", "Acme")),
                        "{\"text\": \"We keep logs.\", \"service\": [\"Acme\"]}"),
                "classify",
                "--scheme",
                "reading");
        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("error").asString()).isEqualTo("line 1: field \"text\" is not a string");
        assertThat(lines.get(1).get("severity").isNull()).as("not assessed").isTrue();
        assertThat(lines.get(1).get("rule").asString()).isEqualTo("none");
        assertThat(lines.get(2).get("error").asString()).isEqualTo("line 3: field \"service\" is not a string");
        assertThat(run.err()).contains("clausewatch classify: line 3");
    }

    @Test
    void readsStandardInputByDefault() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream((line(LIABILITY) + "\n").getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.run("classify", "--scheme", "unfair-tos");
            assertThat(run.status()).isZero();
            assertThat(run.out()).isEqualTo("{\"labels\":[\"LTD\"]}\n");
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void keepsOrderAndCountOverAManyLineStream() throws IOException {
        List<String> input = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            input.add(line(i % 2 == 0 ? LIABILITY + " (" + i + ")" : CONTACT + " (" + i + ")"));
        }
        CliRun run = classify(input, "classify");
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3000);
        for (int i = 0; i < 3000; i++) {
            assertThat(codes(lines.get(i)).contains("C1")).as("line " + (i + 1)).isEqualTo(i % 2 == 0);
        }
    }

    @Test
    void rejectsAnUnknownSchemeAndAMissingFile() {
        CliRun unknown = CliRun.run("classify", "--scheme", "topic");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown scheme 'topic'; known: topics, unfair-tos, reading");
        CliRun missing =
                CliRun.run("classify", "--input", folder.resolve("absent.jsonl").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err())
                .contains("input file")
                .contains("absent.jsonl")
                .contains("does not exist");
    }

    private CliRun classify(List<String> lines, String... args) throws IOException {
        Path input = folder.resolve("in.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--input";
        all[args.length + 1] = input.toString();
        return CliRun.run(all);
    }

    private static String line(String text) {
        return JSON.writeValueAsString(Map.of("text", text));
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(JSON::readTree).toList();
    }

    private static List<String> codes(JsonNode line) {
        List<String> codes = new ArrayList<>();
        line.get("labels").forEach(code -> codes.add(code.asString()));
        return codes;
    }
}
