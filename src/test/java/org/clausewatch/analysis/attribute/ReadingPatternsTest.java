package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;

/**
 * The reading errors found by analysts (issue 15), one test per pattern: a real provision of the shared corpus where the
 * pattern occurs there, else a sentence of our own worded as such provisions are.
 */
class ReadingPatternsTest {
    private static final Analyst ANALYST = Analyst.load();

    private static Analysis analyse(String platform, String text) {
        return ANALYST.analyse(platform, text, Set.of());
    }

    private static List<String> read(Analysis analysis) {
        return analysis.attributes().stream()
                .map(a -> a.name() + "=" + a.value())
                .toList();
    }

    @Test
    void anAssignmentOfOutputToTheCustomerIsABenefitNotALoss() throws IOException {
        Analysis analysis =
                analyse("ChatGPT", CorpusLines.line("ChatGPT/Commercial Terms/2026-08-22T19-01-20Z.md", 47));
        assertThat(analysis.values(Names.LICENCE_ASSIGNMENT)).containsExactly("to-user");
        assertThat(analysis.severity()).contains(Severity.LOW);
        assertThat(analysis.explanation().whatItSays())
                .contains("ChatGPT transfers to you whatever rights it has in the output generated for you")
                .doesNotContain("You transfer");
    }

    @Test
    void aCustomerForbiddenToTrainOnOutputIsARestrictionNotATrainingUse() throws IOException {
        Analysis analysis = analyse("Grok", CorpusLines.line("Grok/Commercial Terms/2026-08-14T22-32-25Z.md", 38));
        assertThat(analysis.values(Names.TRAINING_RESTRICTION)).containsExactly("prohibited");
        assertThat(analysis.values(Names.TRAINING_USE)).doesNotContain("uses");
        assertThat(analysis.explanation().whatItSays()).doesNotContain("Grok uses");
    }

    @Test
    void aLicenceGrantedToTheUserIsNotALicenceToUserContent() {
        Analysis analysis = analyse(
                "Example AI",
                "Subject to these Terms, Example AI grants you a limited, non-exclusive, non-transferable licence to use"
                        + " the Documentation and the insights reports we make available to you.");
        assertThat(analysis.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        assertThat(analysis.values(Names.LICENCE_SCOPE)).isEmpty();
        assertThat(analysis.topics()).doesNotContain("D1");
        assertThat(analysis.severity()).contains(Severity.LOW);
    }

    @Test
    void aPermissionToTheProviderAndItsPartnersIsAGrantWhateverItsWord() throws IOException {
        Analysis sana = analyse("Sana", CorpusLines.line("Sana/Terms of Service/2025-12-20T07-07-11Z.md", 731));
        assertThat(sana.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        Analysis own = analyse(
                "Example AI",
                "You give Example AI, its affiliates and its partners permission to use your prompts and content to"
                        + " operate and improve the service.");
        assertThat(own.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        assertThat(own.topics()).contains("D1");
        Analysis provided = analyse(
                "Example AI", "Through this licence, you provide Example AI with permission to use your content.");
        assertThat(provided.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis listed = analyse(
                "Example AI",
                "By sending us Feedback, you (i) agree that we owe you nothing for it and (ii) grant us a perpetual,"
                        + " worldwide licence to use, modify and publish the Feedback.");
        assertThat(listed.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis feedback = analyse(
                "Example AI",
                "If you provide us with feedback regarding the Services, you grant us the right to use Feedback"
                        + " without restriction. The licence you give us is only for these purposes.");
        assertThat(feedback.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
    }

    @Test
    void trainingUnlessTheUserOptsOutIsTrainingByDefaultWithAnOptOut() throws IOException {
        Analysis analysis =
                analyse("Claude.ai", CorpusLines.line("Claude.ai/Privacy Policy/2026-08-17T22-31-33Z.md", 76));
        assertThat(analysis.values(Names.TRAINING_USE)).contains("uses").doesNotContain("with-consent");
        assertThat(analysis.values(Names.TRAINING_OPT_OUT)).contains("available");
        Analysis own = analyse("Example AI", "We train on your conversations unless you opt out.");
        assertThat(read(own)).contains("training.use=uses", "training.optOut=available");
        assertThat(own.severity()).contains(Severity.MEDIUM);
    }

    @Test
    void aSettingTheUserTurnsOnToStopTrainingIsAnOptOutNotConsent() {
        Analysis analysis = analyse(
                "Example Code",
                "If you enable Private Mode in the editor's settings, none of your code will ever be stored or trained"
                        + " on by us or any third party.");
        assertThat(analysis.values(Names.TRAINING_USE)).containsExactly("uses");
        assertThat(analysis.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(analysis.severity()).contains(Severity.MEDIUM);

        Analysis consent = analyse(
                "Example Code",
                "If you enable Model Sharing in your settings, we may use your code to train our models.");
        assertThat(consent.values(Names.TRAINING_USE)).containsExactly("with-consent");
    }

    @Test
    void aPolicyOutliningWhatItWillSayStatesNothing() {
        Analysis analysis = analyse(
                "Example AI",
                "This Privacy Policy outlines how we collect and use your personal information, including what"
                        + " information we may use to train our models, and the rights you have.");
        assertThat(analysis.values(Names.TRAINING_USE)).isEmpty();
        assertThat(analysis.severity()).isEmpty();
    }

    @Test
    void aPromiseNotToTrainAndTrainingOnChosenFeedbackAreLow() {
        Analysis denial = analyse("Example AI", "We do not use your prompts or files to train our models.");
        assertThat(denial.values(Names.TRAINING_USE)).containsExactly("does-not-use");
        assertThat(denial.severity()).contains(Severity.LOW);
        Analysis feedback = analyse(
                "Example AI",
                "If you choose to give us feedback, such as a thumbs up or down, we may use that conversation to improve"
                        + " our models.");
        assertThat(feedback.values(Names.TRAINING_USE)).containsExactly("conditional");
        assertThat(feedback.values(Names.TRAINING_ONLY)).containsExactly("user-chosen");
        assertThat(feedback.severity()).contains(Severity.LOW);
    }

    @Test
    void trainingPurposesInsideALicencePurposeListAreRead() throws IOException {
        for (String licence : List.of(
                "You grant us a licence to use your content for analytics, machine learning, artificial intelligence,"
                        + " training and research.",
                "You grant us a licence to use your content to create, test, improve and train our models.",
                "You grant us a licence to your content, including to help train our ML or AI models.")) {
            assertThat(analyse("Example AI", licence).values(Names.LICENCE_PURPOSE))
                    .as(licence)
                    .contains("ai-training");
        }
        Analysis meta = analyse("Facebook", CorpusLines.line("Facebook/Privacy Policy/2026-07-24T00-53-09Z.md", 1624));
        assertThat(meta.values(Names.TRAINING_USE)).contains("uses");
    }

    @Test
    void aScopeWordOfTheNextSentenceStaysThere() {
        Analysis analysis = analyse(
                "Example AI",
                "You grant us a worldwide, non-exclusive licence to your content to run the service. Your feedback is"
                        + " given to us on an irrevocable basis.");
        assertThat(analysis.values(Names.LICENCE_SCOPE)).containsExactly("worldwide", "non-exclusive");
        assertThat(analysis.explanation().whatItSays()).doesNotContain("cannot be withdrawn");
    }

    @Test
    void anOptOutRefusedForAdvertisingSaysNothingAboutTraining() {
        String section = "We use your conversations to improve our models. You can turn this off in your settings. "
                + "We also show you ads based on your activity; you cannot opt out of contextual advertising while you"
                + " use the free plan.";
        Analysis analysis = analyse("Example AI", section);
        assertThat(analysis.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(analysis.severity()).contains(Severity.MEDIUM);
    }

    @Test
    void aPerpetualLicenceLimitedToInputIncorporatedInOutputSaysItsLimit() {
        Analysis analysis = analyse(
                "Luma",
                "You grant Luma a perpetual, irrevocable, worldwide licence to your Input solely to the extent your Input"
                        + " is incorporated in Output.");
        assertThat(analysis.values(Names.LICENCE_CONDITION))
                .containsExactly("solely to the extent your Input is incorporated in Output");
        assertThat(analysis.explanation().whatItSays())
                .contains("It applies solely to the extent your Input is incorporated in Output.");
    }

    @Test
    void aLicenceThatEndsWhenContentIsDeletedSaysSo() {
        Analysis analysis = analyse(
                "Example AI",
                "You grant us a worldwide licence to host and display your content. This licence ends when your content"
                        + " is deleted from our servers.");
        assertThat(analysis.values(Names.LICENCE_CONDITION))
                .containsExactly("ends when your content is deleted from our servers");
        assertThat(analysis.explanation().whatItSays())
                .contains("It ends when your content is deleted from our servers.");
    }

    @Test
    void publiclyPerformingIsALicenceTermNotSharingWithThePublic() throws IOException {
        Analysis analysis = analyse("Google", CorpusLines.line("Google/Terms of Service/2026-07-30T12-41-07Z.md", 190));
        assertThat(analysis.values(Names.RECIPIENTS)).isEmpty();
    }

    @Test
    void theLanguageOfAnArbitrationIsNotItsVenue() throws IOException {
        Analysis analysis =
                analyse("Grammarly", CorpusLines.line("Grammarly/Terms of Service/2026-07-30T00-41-46Z.md", 201));
        assertThat(analysis.values(Names.VENUE)).doesNotContain("English");
    }

    @Test
    void aProvisionWithNothingDecisiveIsNotAssessedAndSaysSoOnce() {
        Analysis analysis = ANALYST.analyse(
                "Example AI", "Generative AI models help machines better understand the world.", Set.of("F1"));
        assertThat(analysis.severity()).isEmpty();
        assertThat(analysis.explanation().whatItSays())
                .isEqualTo("This provision concerns training on user content.")
                .doesNotContain("states none of the attributes");
        assertThat(analysis.explanation().whatItMeans()).startsWith("Not assessed");
        assertThat(Optional.of(analysis.rule())).contains("none");
    }
}
