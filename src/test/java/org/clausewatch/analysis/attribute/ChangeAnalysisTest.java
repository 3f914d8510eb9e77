package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;

class ChangeAnalysisTest {
    private static final Analyst ANALYST = Analyst.load();

    private static ChangeAnalysis compare(String before, String after) {
        return ANALYST.compare(
                ANALYST.analyse("Example AI", before, Set.of()), ANALYST.analyse("Example AI", after, Set.of()));
    }

    @Test
    void aLicenceThatBecomesPerpetualIsReportedAndRaisesSeverity() {
        ChangeAnalysis change = compare(
                "You grant us a worldwide, non-exclusive licence to your Input to train our AI models.",
                "You grant us a worldwide, non-exclusive, perpetual, irrevocable licence to your Input to train our AI"
                        + " models.");
        assertThat(change.deltas())
                .extracting(AttributeDelta::sentence)
                .containsExactly("licence to Input became perpetual and irrevocable");
        assertThat(change.deltas().get(0).after()).contains("perpetual", "irrevocable");
        assertThat(change.severityBefore()).contains(Severity.HIGH);
        assertThat(change.severityAfter()).contains(Severity.HIGH);
    }

    @Test
    void aLongerRetentionReadsAsFromTo() {
        ChangeAnalysis change = compare("We delete your chats after 30 days.", "We delete your chats after 400 days.");
        assertThat(change.deltas()).singleElement().satisfies(delta -> {
            assertThat(delta.name()).isEqualTo("retention.days");
            assertThat(delta.before()).containsExactly("30");
            assertThat(delta.after()).containsExactly("400");
            assertThat(delta.sentence()).isEqualTo("retention went from 30 to 400 days");
        });
        assertThat(change.summary()).isEqualTo("retention went from 30 to 400 days; severity rose from low to medium");
        assertThat(change.severityRaised()).isTrue();
    }

    @Test
    void aRemovedOptOutAndAFlippedTrainingUseAreReported() {
        ChangeAnalysis change =
                compare("We do not use your content to train our models.", "We use your content to train our models.");
        assertThat(change.summary())
                .isEqualTo("training on your content: now by default; was: not used; severity rose from low to high");
        ChangeAnalysis optOut = compare(
                "We use your content to train our models; you can opt out in your settings.",
                "We use your content to train our models.");
        assertThat(optOut.summary())
                .isEqualTo("training on your content: now by default; was: by default, with an opt-out;"
                        + " severity rose from medium to high");
    }

    @Test
    void anUnchangedProvisionHasNoDelta() {
        ChangeAnalysis change = compare("We delete your chats after 30 days.", "We delete your chats after 30 days.");
        assertThat(change.unchanged()).isTrue();
        assertThat(change.summary()).isEmpty();
    }
}
