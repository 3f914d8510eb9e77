package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.testing.LocalSite.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose footer changes on every request ("Page generated on … (request id …)"): its first rotation is a
 * version, is recorded as a volatile line of the document, and from then on a capture that differs only there makes
 * no version, while a real change beside it still does. Real site on loopback, real SQLite.
 */
class VolatileLinesTrackingTest {
    @TempDir
    Path dir;

    private TrackingBench bench;

    @BeforeEach
    void start() throws IOException {
        bench = new TrackingBench(dir);
    }

    @AfterEach
    void stop() throws IOException {
        bench.close();
    }

    private static Page page(String clause, String generated, String requestId) {
        return Page.html("<html><body><main><h1>Terms of Service</h1><p>" + clause + "</p>"
                + "<p>You may close your account at any time from its settings page.</p>"
                + "<footer>Page generated on " + generated + " (request id " + requestId + ")</footer>"
                + "</main></body></html>");
    }

    private DocumentOutcome.Outcome passAt(int hours, Page page) {
        bench.site.put("/terms", page);
        return bench.passAt(Duration.ofHours(hours)).outcome();
    }

    @Test
    void aFooterSeenRotatingOnceMakesNoVersionAfterwards() {
        String clause = "We may suspend your account after telling you why.";
        assertThat(passAt(0, page(clause, "2026-03-02 06:00", "8f3a9c2e")))
                .isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);
        assertThat(passAt(6, page(clause, "2026-03-02 12:00", "77b01d4a")))
                .as("the first rotation cannot be told from a change yet")
                .isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);
        assertThat(bench.store().volatileLines(bench.documentId()))
                .containsExactly("Page generated on … (request id …)");

        for (int hours = 12; hours <= 48; hours += 6) {
            assertThat(passAt(
                            hours,
                            page(clause, "2026-03-0" + (2 + hours / 24) + " 1" + hours % 10 + ":00", "c0ffee" + hours)))
                    .isEqualTo(DocumentOutcome.Outcome.UNCHANGED);
        }
        assertThat(bench.versions()).hasSize(2);

        assertThat(passAt(54, page("We may suspend your account at any time.", "2026-03-04 12:00", "0d15ea5e")))
                .as("a real change beside the rotation")
                .isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);
        assertThat(passAt(60, page("We may suspend your account at any time.", "2026-03-04 18:00", "5eed1e55")))
                .isEqualTo(DocumentOutcome.Outcome.UNCHANGED);
        assertThat(bench.versions()).hasSize(3);
        assertThat(bench.store().markdown(bench.versions().getLast().id())).contains("0d15ea5e");
    }
}
