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
}
