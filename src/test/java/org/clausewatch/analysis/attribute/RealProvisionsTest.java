package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;

/** Attributes of real provisions of AI services from the shared corpus (skipped when it is absent). */
class RealProvisionsTest {
    private static final Analyst ANALYST = Analyst.load();
    private static final String CHATGPT = "ChatGPT/Terms of Service/2026-07-25T07-00-14Z.md";
    private static final String CLAUDE = "Claude.ai/Terms of Service/";
    private static final String MIDJOURNEY = "Midjourney/Terms of Service/2026-07-15T19-07-47Z.md";

    private static List<String> read(String document, int line) throws IOException {
        return ANALYST.read(CorpusLines.line(document, line)).stream()
                .map(a -> a.name() + "=" + a.value())
                .toList();
    }

    @Test
    void chatGptTrainingOptOut() throws IOException {
        assertThat(read(CHATGPT, 83))
                .containsExactly(
                        "training.use=uses",
                        "training.data=content",
                        "training.optOut=available",
                        "training.optOutRoute=account-settings");
    }

    @Test
    void chatGptLiabilityCapAndMinimumAge() throws IOException {
        assertThat(read(CHATGPT, 206)).containsExactly("liability.cap=100 USD", "liability.capBasis=fees-paid");
        assertThat(read(CHATGPT, 42)).containsExactly("age.minimum=13", "age.parentalConsentBelow=18");
    }

    @Test
    void claudeTrainingWithOptOutAndItsExceptions() throws IOException {
        Analysis analysis =
                ANALYST.analyse("Claude.ai", CorpusLines.line(CLAUDE + "2025-12-07T07-09-38Z.md", 76), Set.of("F1"));
        assertThat(analysis.attributes().stream().map(a -> a.name() + "=" + a.value()))
                .containsExactly(
                        "training.use=uses",
                        "training.data=content",
                        "training.data=feedback",
                        "training.optOut=available",
                        "training.optOut=has-exceptions",
                        "training.optOutRoute=account-settings");
        assertThat(analysis.severity()).contains(Severity.HIGH);
        assertThat(analysis.rule()).isEqualTo("training-opt-out-exceptions");
        assertThat(analysis.explanation().whatItSays())
                .isEqualTo("Claude.ai uses your content and your feedback to train its AI models. You can opt out, but"
                        + " some of your data is still used after you do.");
    }

    @Test
    void claudeGoverningLawAndVenue() throws IOException {
        assertThat(read(CLAUDE + "2025-12-07T07-09-38Z.md", 236))
                .containsExactly("law.governing=Ireland", "venue=Ireland");
    }

    @Test
    void midjourneyPerpetualIrrevocableLicence() throws IOException {
        assertThat(read(MIDJOURNEY, 56))
                .containsExactly(
                        "licence.grantee=provider-and-partners",
                        "licence.subject=content",
                        "licence.subject=inputs",
                        "licence.subject=outputs",
                        "licence.scope=perpetual",
                        "licence.scope=worldwide",
                        "licence.scope=non-exclusive",
                        "licence.scope=sublicensable",
                        "licence.scope=royalty-free",
                        "licence.scope=irrevocable",
                        "licence.scope=survives-termination",
                        "licence.condition=By using the Services");
        assertThat(read(MIDJOURNEY, 190)).containsExactly("law.governing=California, USA");
    }

    @Test
    void claudesMoveToTrainingOnConsumerDataIsAnAttributeChange() throws IOException {
        Analysis before =
                ANALYST.analyse("Claude.ai", CorpusLines.line(CLAUDE + "2025-08-01T00-32-05Z.md", 73), Set.of("F1"));
        Analysis after =
                ANALYST.analyse("Claude.ai", CorpusLines.line(CLAUDE + "2025-08-29T00-32-01Z.md", 76), Set.of("F1"));
        // "We will not train our models on any Materials that are not publicly available, except in two circumstances:"
        assertThat(before.values("training.use")).containsExactly("conditional");
        ChangeAnalysis change = ANALYST.compare(before, after);
        // the permission "We may use Materials to provide … and to develop other products" is read as a licence; its
        // successor speaks of training, which is read as training alone
        assertThat(change.summary())
                .isEqualTo(
                        "licence recipient: the provider removed; licence no longer covers user content; licence to"
                                + " user content no longer covers improving the service and developing new products; training on"
                                + " your content and your feedback: now by default, with an opt-out that has exceptions; was:"
                                + " only on data the user chooses to give or that is flagged; training now names feedback;"
                                + " training condition: except in two circumstances removed; severity rose from medium to high");
    }
}
