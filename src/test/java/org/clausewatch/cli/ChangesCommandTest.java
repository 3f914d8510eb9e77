package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** changes, show --json provisions and provision-history over an imported two-document history. */
class ChangesCommandTest {
    private static final String OWNERSHIP = "You keep ownership of the content you submit to the service.";
    private static final String LICENCE =
            "You grant us a licence to host and display your content to operate the service.";
    private static final String TRAINING_LICENCE =
            "You grant us a perpetual, irrevocable licence to host and display your content and to train our models.";
    private static final String SHARING = "We share your email address with our payment processor to bill you.";
    private static final String COURTS = "Any dispute will be settled by the courts of Dublin, Ireland.";

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void importHistory() throws IOException {
        Path terms = Files.createDirectories(dir.resolve("dataset/Example/Terms of Service"));
        Files.writeString(terms.resolve("2024-01-01T00-00-00Z.md"), terms(LICENCE, true));
        Files.writeString(terms.resolve("2024-02-01T00-00-00Z.md"), terms(TRAINING_LICENCE, false));
        Files.writeString(terms.resolve("2024-03-01T00-00-00Z.md"), terms(LICENCE, true));
        Path privacy = Files.createDirectories(dir.resolve("dataset/Example/Privacy Policy"));
        Files.writeString(privacy.resolve("2024-01-01T00-00-00Z.md"), privacy(false));
        Files.writeString(privacy.resolve("2024-02-02T00-00-00Z.md"), privacy(true));
        data = dir.resolve("data");
        CliRun imported = run("import-ota", dir.resolve("dataset").toString(), "--json");
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    private static String terms(String licence, boolean sharing) {
        return "# Terms\n\n## 1. Your Content\n\n" + OWNERSHIP + "\n\n" + licence + "\n\n## 2. Disputes\n\n" + COURTS
                + "\n\n" + (sharing ? SHARING + "\n" : "");
    }

    private static String privacy(boolean sharing) {
        return "# Privacy\n\nWe collect the information you give us when you create an account.\n\n"
                + "We keep your messages for 30 days after you delete them.\n\n" + (sharing ? SHARING + "\n" : "");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return CliRun.run(all.toArray(String[]::new));
    }

    @Test
    void listsProvisionLevelChangesOldestFirstWithRedlinesAndSignificance() {
        JsonNode changes = run("changes", "--service", "Example", "--type", "Terms of Service", "--json")
                .json();
        assertThat(changes).hasSize(2);
        JsonNode first = changes.get(0);
        assertThat(first.get("from").get("capturedAt").asString()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(first.get("to").get("capturedAt").asString()).isEqualTo("2024-02-01T00:00:00Z");
        assertThat(first.get("significance").asString()).isEqualTo("substantive");
        assertThat(first.get("flags").toString()).contains("imported").doesNotContain("oscillation");
        assertThat(first.get("summary").asString())
                .startsWith("1. Your Content: licence to user content became perpetual and irrevocable; licence to user"
                        + " content now covers AI training")
                .contains("training on your content: now by default; was: not stated", "severity rose from low to high")
                .contains("also 1 provision moved")
                .endsWith("substantive; imported");

        JsonNode licence = item(first, "modified");
        assertThat(licence.get("path").toString()).isEqualTo("[\"Terms\",\"1. Your Content\"]");
        assertThat(licence.get("before").asString()).isEqualTo(LICENCE);
        assertThat(licence.get("after").asString()).isEqualTo(TRAINING_LICENCE);
        assertThat(licence.get("significance").asString()).isEqualTo("substantive");
        assertThat(inserted(licence)).contains("perpetual", "irrevocable", "train our models");
    }

    @Test
    void theTextListNamesTopicsAndSeverityAndSaysAnImportedChangeWasNotAlerted() {
        CliRun listed = run("changes", "--service", "Example", "--type", "Terms of Service");
        assertThat(listed.status()).as(listed.err()).isZero();
        String first = listed.out().substring(0, listed.out().indexOf("\n2024-03-01"));
        assertThat(first)
                .contains("substantive [imported]  1. Your Content: licence to user content became perpetual")
                .contains("\n    severity: high · topics: ")
                .contains("Licence to user content", "Training on user content")
                .contains("\n    Imported from an archive; not alerted.\n")
                .doesNotContainPattern("topics: [^\\n]*\\bD1\\b");
        assertThat(first)
                .containsPattern("\\n {4}modified +substantive [^\\n]+\\n {21}severity: high · topics: [^\\n]*"
                        + "Licence to user content");
        JsonNode json = run("changes", "--service", "Example", "--type", "Terms of Service", "--json")
                .json()
                .get(0);
        assertThat(json.get("notAlerted").asString()).isEqualTo("Imported from an archive; not alerted.");
        assertThat(json.get("topicNames").toString()).contains("Licence to user content");
        assertThat(item(json, "modified").get("attributeChanges").get("summary").asString())
                .contains("licence to user content became perpetual and irrevocable");
    }

    @Test
    void aFlipBackToARecentVersionIsAnOscillationThatKeepsItsSignificance() {
        JsonNode back = run("changes", "--service", "Example", "--type", "Terms of Service", "--json")
                .json()
                .get(1);
        // The flag keeps it out of alerts; the significance says how much the licence changed back.
        assertThat(back.get("flags").toString()).contains("oscillation");
        assertThat(back.get("significance").asString()).isEqualTo("substantive");
        assertThat(item(back, "modified").get("after").asString()).isEqualTo(LICENCE);
    }

    @Test
    void recognisesAProvisionThatMovedFromTheTermsIntoThePrivacyPolicy() {
        JsonNode terms = run("changes", "--service", "Example", "--type", "Terms of Service", "--json")
                .json()
                .get(0);
        JsonNode left = item(terms, "moved");
        assertThat(left.get("before").asString()).isEqualTo(SHARING);
        assertThat(left.get("movedTo").get("termsType").asString()).isEqualTo("Privacy Policy");
        assertThat(left.get("significance").asString()).isEqualTo("minor");
        assertThat(left.get("summary").asString()).contains("Privacy Policy");

        JsonNode privacy = run("changes", "--type", "Privacy Policy", "--json").json();
        assertThat(privacy).hasSize(1);
        JsonNode arrived = item(privacy.get(0), "added");
        assertThat(arrived.get("after").asString()).isEqualTo(SHARING);
        assertThat(arrived.get("movedFrom").get("termsType").asString()).isEqualTo("Terms of Service");
        assertThat(arrived.get("movedFrom").get("lineageId").asString())
                .isEqualTo(left.get("lineageId").asString());
    }

    @Test
    void sinceKeepsOnlyLaterChanges() {
        JsonNode changes = run("changes", "--since", "2024-02-15", "--json").json();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("to").get("capturedAt").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(run("changes", "--since", "someday").status()).isEqualTo(2);
    }

    @Test
    void showListsProvisionsWhoseLineageSurvivesRewording() {
        JsonNode before = show("2024-01-15");
        JsonNode after = show("2024-02-15");
        JsonNode licenceBefore = provision(before, LICENCE);
        JsonNode licenceAfter = provision(after, TRAINING_LICENCE);
        assertThat(licenceAfter.get("lineageId").asString())
                .isEqualTo(licenceBefore.get("lineageId").asString());
        assertThat(licenceBefore.get("path").toString()).isEqualTo("[\"Terms\",\"1. Your Content\"]");
        assertThat(before.get("provisions")).hasSize(4);
        assertThat(after.get("provisions")).hasSize(3);
        assertThat(after.get("provisions").findValuesAsString("text")).doesNotContain(SHARING);
    }

    @Test
    void provisionHistoryListsEveryVersionOfOneProvision() {
        String lineage = provision(show("2024-01-15"), LICENCE).get("lineageId").asString();
        JsonNode history = run(
                        "provision-history",
                        "--service",
                        "Example",
                        "--type",
                        "Terms of Service",
                        "--lineage",
                        lineage,
                        "--json")
                .json();
        assertThat(history.findValuesAsString("text")).containsExactly(LICENCE, TRAINING_LICENCE, LICENCE);
        assertThat(history.findValuesAsString("capturedAt"))
                .containsExactly("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z");

        CliRun unknown =
                run("provision-history", "--service", "Example", "--type", "Terms of Service", "--lineage", "nope");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("nope");
    }

    private JsonNode show(String at) {
        return run("show", "--service", "Example", "--type", "Terms of Service", "--at", at, "--json")
                .json();
    }

    private static JsonNode provision(JsonNode shown, String text) {
        for (JsonNode provision : shown.get("provisions")) {
            if (provision.get("text").asString().equals(text)) {
                return provision;
            }
        }
        throw new AssertionError("no provision '" + text + "' in " + shown.get("provisions"));
    }

    private static JsonNode item(JsonNode change, String kind) {
        for (JsonNode item : change.get("items")) {
            if (item.get("kind").asString().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " item in " + change);
    }

    private static String inserted(JsonNode item) {
        StringBuilder words = new StringBuilder();
        for (JsonNode run : item.get("redline")) {
            if (run.get("op").asString().equals("insert")) {
                words.append(run.get("text").asString());
            }
        }
        return words.toString();
    }
}
