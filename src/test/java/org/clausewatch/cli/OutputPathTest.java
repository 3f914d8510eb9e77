package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file refuses an output path it cannot write before it does any work: exit 2, the
 * reason, and nothing created (no data folder, no partial file).
 */
class OutputPathTest {
    @TempDir
    Path dir;

    /** Each command that takes an output file, with the arguments it needs besides {@code --output}. */
    static Stream<List<String>> writers() {
        return Stream.of(
                List.of("evidence", "--service", "Example", "--type", "Terms of Service"),
                List.of("report", "--change", "1"),
                List.of("export-cdxj"),
                List.of("show", "--capture", "1"));
    }

    private CliRun run(List<String> command, Path output) {
        return run(command, output.toString());
    }

    private CliRun run(List<String> command, String output) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--output", output, "--data", dir.resolve("data").toString()));
        return CliRun.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aMissingFolderIsRefusedBeforeTheDataFolderIsCreated(List<String> command) {
        Path output = dir.resolve("missing/out.file");

        CliRun run = run(command, output);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("clausewatch " + command.getFirst() + ": cannot write '" + output + "': folder '"
                        + dir.resolve("missing") + "' does not exist");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aPathUnderAFileIsRefusedAsNotAFolder(List<String> command) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "kept as it is");

        CliRun run = run(command, file.resolve("sub/out.file"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "cannot write '" + file.resolve("sub/out.file") + "': '" + file + "' is a file, not a folder");
        assertThat(file).hasContent("kept as it is");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aFolderIsRefusedAsTheOutputFile(List<String> command) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));

        CliRun run = run(command, folder);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("clausewatch " + command.getFirst() + ": cannot write '" + folder + "': is a folder");
        assertThat(folder).isEmptyDirectory();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aRelativePathIsNamedAsTheUserTypedIt() {
        CliRun run = run(List.of("export-cdxj"), "no-such-folder-of-clausewatch/y.cdxj");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("clausewatch export-cdxj: cannot write 'no-such-folder-of-clausewatch/y.cdxj': folder"
                        + " 'no-such-folder-of-clausewatch' does not exist");
    }

    @Test
    void aFolderThisUserMayNotWriteIsRefusedAsPermissionDenied() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(
                    Files.isWritable(locked),
                    "this user may write a read-only folder (running as root): the permission case cannot be shown");

            CliRun run = run(List.of("export-cdxj"), locked.resolve("index.cdxj"));

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().strip())
                    .isEqualTo("clausewatch export-cdxj: cannot write '" + locked.resolve("index.cdxj")
                            + "': permission denied");
            assertThat(dir.resolve("data")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
