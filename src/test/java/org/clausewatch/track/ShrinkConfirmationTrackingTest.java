package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.store.VersionRow;
import org.clausewatch.testing.LocalSite.Page;
import org.clausewatch.version.VersionFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document genuinely cut down to a fraction of its length is refused as a drastic shrink at first, then recorded
 * once the very same shrink has come back for two days: tracking passes on a clock the test moves, against a real
 * site on loopback and real SQLite.
 */
class ShrinkConfirmationTrackingTest {
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

    private static String terms(int sections) {
        StringBuilder html = new StringBuilder("<html><body><main><h1>Terms of Service</h1>");
        for (int i = 1; i <= sections; i++) {
            html.append("<h2>Section ")
                    .append(i)
                    .append("</h2><p>Clause ")
                    .append(i)
                    .append(": you may use the services as these terms allow, and we may suspend an account that ")
                    .append("breaks them after telling its holder why, unless the law forbids us to say.</p>");
        }
        return html.append("</main></body></html>").toString();
    }

    private DocumentOutcome passAt(Duration sinceStart) {
        return bench.passAt(sinceStart);
    }

    private List<VersionRow> versions() {
        return bench.versions();
    }

    @Test
    void recordsTheSameShrinkOnceItHasComeBackForTwoDays() {
        bench.site.put("/terms", Page.html(terms(40)));
        assertThat(passAt(Duration.ZERO).outcome()).isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);

        bench.site.put("/terms", Page.html(terms(3)));
        DocumentOutcome first = passAt(Duration.ofHours(6));
        assertThat(first.outcome()).isEqualTo(DocumentOutcome.Outcome.FAILED);
        assertThat(first.failure().orElseThrow().message()).startsWith("the text shrank to");
        assertThat(passAt(Duration.ofHours(30)).outcome()).isEqualTo(DocumentOutcome.Outcome.FAILED);
        assertThat(passAt(Duration.ofHours(53)).outcome())
                .as("two refusals but only 47 hours since the first")
                .isEqualTo(DocumentOutcome.Outcome.FAILED);
        assertThat(versions()).hasSize(1);

        DocumentOutcome confirmed = passAt(Duration.ofHours(54));
        assertThat(confirmed.outcome()).isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);
        List<VersionRow> versions = versions();
        assertThat(versions).hasSize(2);
        assertThat(versions.getLast().flags()).contains(VersionFlag.CONFIRMED_SHRINK);
        assertThat(bench.store().markdown(versions.getLast().id()))
                .contains("Clause 3")
                .doesNotContain("Clause 4");
        assertThat(bench.store().status(versions.getLast().documentId()).currentFailure())
                .isEmpty();
    }

    /**
     * One capture took in the whole legal site (ten times the terms) and was recorded; the next, correct captures are a
     * fraction of it. They are recorded at once, flagged as coming after an outlier, instead of being refused as drastic
     * shrinks until the outlier's size comes back.
     */
    @Test
    void recordsTheCorrectTextAtOnceAfterAnOutlierCapture() {
        bench.site.put("/terms", Page.html(terms(12)));
        passAt(Duration.ZERO);
        bench.site.put("/terms", Page.html(terms(12).replace("Clause 1:", "Clause 1 (amended):")));
        passAt(Duration.ofHours(6));
        bench.site.put("/terms", Page.html(terms(120)));
        assertThat(passAt(Duration.ofHours(12)).outcome()).isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);

        bench.site.put("/terms", Page.html(terms(13)));
        DocumentOutcome after = passAt(Duration.ofHours(18));

        assertThat(after.outcome()).isEqualTo(DocumentOutcome.Outcome.NEW_VERSION);
        List<VersionRow> versions = versions();
        assertThat(versions).hasSize(4);
        assertThat(versions.getLast().flags()).contains(VersionFlag.AFTER_OUTLIER);
        assertThat(bench.store().markdown(versions.getLast().id()))
                .contains("Clause 13")
                .doesNotContain("Clause 14");

        bench.site.put("/terms", Page.html(terms(2)));
        assertThat(passAt(Duration.ofHours(24)).outcome())
                .as("a drastic shrink against a normal version is still refused")
                .isEqualTo(DocumentOutcome.Outcome.FAILED);
    }

    @Test
    void startsCountingAgainWhenTheShrunkPageChangesOrRecovers() {
        bench.site.put("/terms", Page.html(terms(40)));
        passAt(Duration.ZERO);

        bench.site.put("/terms", Page.html(terms(3)));
        passAt(Duration.ofHours(6));
        passAt(Duration.ofHours(30));
        bench.site.put("/terms", Page.html(terms(2)));
        assertThat(passAt(Duration.ofHours(60)).outcome())
                .as("a different shrink is not the same one confirmed")
                .isEqualTo(DocumentOutcome.Outcome.FAILED);

        bench.site.put("/terms", Page.html(terms(40)));
        assertThat(passAt(Duration.ofHours(66)).outcome()).isEqualTo(DocumentOutcome.Outcome.UNCHANGED);
        bench.site.put("/terms", Page.html(terms(2)));
        assertThat(passAt(Duration.ofHours(72)).outcome())
                .as("refusals before the page recovered do not count")
                .isEqualTo(DocumentOutcome.Outcome.FAILED);
        assertThat(versions()).hasSize(1);
    }

    @Test
    void neverConfirmsAnErrorPageHoweverLongItStays() {
        bench.site.put("/terms", Page.html(terms(40)));
        passAt(Duration.ZERO);
        bench.site.put("/terms", Page.html("<html><body><main><h1>Page not found</h1></main></body></html>"));
        for (int hours = 6; hours <= 120; hours += 6) {
            assertThat(passAt(Duration.ofHours(hours)).outcome()).isEqualTo(DocumentOutcome.Outcome.FAILED);
        }
        assertThat(versions()).hasSize(1);
    }
}
