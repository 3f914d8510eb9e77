package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.Test;

/** Progress of long commands, on a terminal and in a log, with a clock the test moves. */
class ProgressLineTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private ProgressLine line(boolean terminal) {
        return new ProgressLine(new PrintWriter(err), "import-ota", terminal, nanos::get);
    }

    @Test
    void aTerminalSeesOneLineRedrawnWithCountRateAndTimeLeftThenWiped() {
        try (ProgressLine progress = line(true)) {
            progress.begin(400, "versions");
            for (int i = 1; i <= 4; i++) {
                nanos.addAndGet(1_000_000_000L);
                progress.advance(50, "Service " + i + " / Terms of Service");
            }
            assertThat(err.toString()).doesNotContain("\n");
            assertThat(err.toString().substring(err.toString().lastIndexOf('\r') + 1))
                    .startsWith("200/400 versions (50%), 50/s, about 4 s left  Service 4 / Terms of Service");
        }
        assertThat(err.toString()).endsWith("\r").doesNotContain("\n");
    }

    @Test
    void aLogGetsAPlainLineAtEachTenthAndASummary() {
        try (ProgressLine progress = line(false)) {
            progress.begin(100, "versions");
            for (int i = 1; i <= 100; i++) {
                nanos.addAndGet(100_000_000L);
                progress.advance(1, "document " + i);
            }
        }
        String[] lines = err.toString().split("\n");
        assertThat(lines).hasSize(12);
        assertThat(lines[0]).isEqualTo("import-ota: 100 versions to do");
        assertThat(lines[1]).isEqualTo("import-ota: 10/100 versions (10%), 10/s, about 9 s left  document 10");
        assertThat(lines[11]).isEqualTo("import-ota: 100 versions done in 10 s (10/s)");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void anUnknownTotalShowsCountAndRateOnly() {
        ProgressLine progress = line(false);
        progress.begin(-1, "captures");
        nanos.addAndGet(20_000_000_000L);
        progress.advance(5, "https://example.org/terms");
        assertThat(err.toString()).isEqualTo("import-ota: 5 captures, 0.3/s  https://example.org/terms\n");
    }

    @Test
    void importOtaReportsItsProgressOnStandardErrorAndItsSummaryOnStandardOutput() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("progress");
        java.nio.file.Path document =
                java.nio.file.Files.createDirectories(dir.resolve("ota/Example/Terms of Service"));
        java.nio.file.Files.writeString(
                document.resolve("2024-01-01T00-00-00Z.md"), "# Terms\n\nWe may end your account at any time.\n");
        CliRun run = CliRun.run(
                "import-ota",
                dir.resolve("ota").toString(),
                "--data",
                dir.resolve("data").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("import-ota: 1 versions to do").contains("import-ota: 1 versions done in");
        assertThat(run.out()).contains("1 documents, 1 versions imported");
    }
}
