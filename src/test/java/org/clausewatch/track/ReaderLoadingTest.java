package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.testing.LocalSite.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's models are loaded only for a pass that has wordings to read: a pass over an unchanged page never asks for
 * the reader. Real site on loopback, real SQLite.
 */
class ReaderLoadingTest {
    private static final String PAGE = """
            <html><body><main><h1>Terms of Service</h1><p>%s</p>
            <p>You may close your account at any time from its settings page.</p></main></body></html>
            """;

    private static DocumentOutcome.Outcome passAt(TrackingBench bench, int hours, String clause) {
        bench.site.put("/terms", Page.html(PAGE.formatted(clause)));
        return bench.passAt(Duration.ofHours(hours)).outcome();
    }

    @Test
    void anUnchangedPassNeverAsksForTheReader(@TempDir Path dir) throws IOException {
        try (TrackingBench bench = new TrackingBench(dir)) {
            assertThat(passAt(bench, 0, "We may suspend your account after telling you why."))
                    .isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);
            int firstPass = bench.readerRequests();
            assertThat(firstPass).as("the first version's wordings are read").isPositive();

            assertThat(passAt(bench, 6, "We may suspend your account after telling you why."))
                    .isEqualTo(DocumentOutcome.Outcome.UNCHANGED);
            assertThat(bench.readerRequests()).isEqualTo(firstPass);

            assertThat(passAt(bench, 12, "We may suspend your account at any time."))
                    .isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);
            assertThat(bench.readerRequests()).as("the new wording is read").isGreaterThan(firstPass);
        }
    }
}
