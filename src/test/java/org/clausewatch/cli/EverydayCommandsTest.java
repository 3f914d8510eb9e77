package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a daily tool: usage errors that say what is wrong, and imported documents told as such. */
class EverydayCommandsTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownCommandIsNamedWithAPointerToHelp() {
        CliRun run = CliRun.run("frobnicate", "--data", dir.resolve("data").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("clausewatch: unknown command 'frobnicate'; see --help");
    }

    @Test
    void importOtaRefusesAFolderThatIsNotADatasetAndCreatesNothing() throws IOException {
        Path notDataset = Files.createDirectories(dir.resolve("photos/holidays"));
        Files.writeString(notDataset.resolve("beach.jpg"), "not a version");
        Path data = dir.resolve("data");

        CliRun run = CliRun.run("import-ota", dir.resolve("photos").toString(), "--data", data.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        "clausewatch import-ota: '" + dir.resolve("photos") + "' is not an Open Terms Archive dataset")
                .contains("<service>/<terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md");
        assertThat(data).doesNotExist();
    }

    @Test
    void statusSaysAnImportedDocumentWasImportedRatherThanNeverCaptured() throws IOException {
        Path document = Files.createDirectories(dir.resolve("ota/Example/Terms of Service"));
        Files.writeString(
                document.resolve("2024-03-01T00-00-00Z.md"), "# Terms\n\nWe may end your account at any time.\n");
        String data = dir.resolve("data").toString();
        assertThat(CliRun.run("import-ota", dir.resolve("ota").toString(), "--data", data)
                        .status())
                .isZero();

        CliRun status = CliRun.run("status", "--data", data);

        assertThat(status.out())
                .contains(
                        "Example / Terms of Service  last success none, imported (latest version 2024-03-01T00:00:00Z)")
                .doesNotContain("never");
    }

    @Test
    void theListOfCommandsInHelpSaysWholeSentences() {
        CliRun run = CliRun.run("--help");
        String commands = run.out().substring(run.out().indexOf("Commands:"));
        // each entry: the command's name, then its headline wrapped over indented lines
        java.util.List<String> entries = new java.util.ArrayList<>();
        for (String line : commands.lines().skip(1).toList()) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                entries.add(line.strip());
            } else if (!entries.isEmpty()) {
                entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
            }
        }
        assertThat(entries).hasSizeGreaterThan(20);
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry).as("help entry").matches("(?s).*[.)]$"));
        assertThat(entries)
                .anySatisfy(entry -> assertThat(entry)
                        .startsWith("import-ota")
                        .endsWith("as version history, with those" + " capture times, marked as imported."));
        CliRun importHelp = CliRun.run("import-ota", "--help");
        assertThat(importHelp.out()).contains("Importing again adds only newer versions.");
    }

    @Test
    void anErrorOfASubcommandNamesItsWholeCommand() {
        CliRun run = CliRun.run("user", "add", "--data", dir.resolve("data").toString(), "not-an-address");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("clausewatch user add: ");
        CliRun missing =
                CliRun.run("user", "limit", "--data", dir.resolve("data").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("(see 'clausewatch user limit --help')");
    }

    @Test
    void badStorageArgumentsSayWhyExitTwoAndCreateNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRun onFile = CliRun.run("status", "--data", file.toString());
        assertThat(onFile.status()).isEqualTo(2);
        assertThat(onFile.err().strip())
                .isEqualTo("clausewatch status: data folder '" + file + "' is a file, not a folder");

        Path data = dir.resolve("fresh");
        CliRun badDatabase = CliRun.run("status", "--data", data.toString(), "--database", "jdbc:foo:bar");
        assertThat(badDatabase.status()).isEqualTo(2);
        assertThat(badDatabase.err())
                .startsWith("clausewatch status: database location 'jdbc:foo:bar' is not understood");
        assertThat(data).doesNotExist();
    }
}
