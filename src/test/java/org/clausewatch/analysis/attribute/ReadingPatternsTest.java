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
        // labelled twice, independently (the development set): a denial under a setting the user turns on is a promise
        // not to train that data, with the setting as the way out; not consent, and not a use
        Analysis analysis = analyse(
                "Example Code",
                "If you enable Private Mode in the editor's settings, none of your code will ever be stored or trained"
                        + " on by us or any third party.");
        assertThat(analysis.values(Names.TRAINING_USE)).containsExactly("does-not-use");
        assertThat(analysis.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(analysis.severity()).contains(Severity.LOW);

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

    // Patterns found on the development set (224 paragraphs of other corpus versions, labelled twice, independently,
    // before the reader was changed; docs/classification.md): each with the real provision it was found in.

    @Test
    void usingYourInteractionsToImproveAiIsTrainingEvenInsideAPointer() throws IOException {
        Analysis meta = analyse("Meta AI", CorpusLines.line("Meta AI/Terms of Service/2026-05-13T10-32-30Z.md", 59));
        assertThat(meta.values(Names.TRAINING_USE)).containsExactly("uses");
        assertThat(meta.severity()).contains(Severity.HIGH);
        Analysis cursor = analyse("Cursor", CorpusLines.line("Cursor/Privacy Policy/2025-03-12T12-31-03Z.md", 13));
        assertThat(cursor.values(Names.TRAINING_USE)).containsExactly("uses");
        assertThat(cursor.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(cursor.severity()).contains(Severity.MEDIUM);
    }

    @Test
    void aNamedProviderUsingYourAudioToTrainIsTraining() throws IOException {
        Analysis google = analyse(
                "Gemini",
                CorpusLines.line("Google Generative AI Services/Privacy Policy/2026-08-18T10-31-58Z.md", 1163));
        assertThat(google.values(Names.TRAINING_USE)).containsExactly("uses");
        Analysis claude =
                analyse("Claude.ai", CorpusLines.line("Claude.ai/Privacy Policy/2026-06-09T22-30-33Z.md", 343));
        assertThat(claude.values(Names.TRAINING_USE)).contains("uses");
    }

    @Test
    void neverUsedAsTrainingDataWhileASettingIsOnIsADenialWithAnOptOut() throws IOException {
        Analysis cursor = analyse("Cursor", CorpusLines.line("Cursor/Privacy Policy/2025-06-12T00-31-03Z.md", 24));
        assertThat(cursor.values(Names.TRAINING_USE)).containsExactly("does-not-use");
        assertThat(cursor.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(cursor.severity()).contains(Severity.LOW);
    }

    @Test
    void grantsWordedWithoutALicenceNameTheirGrantee() throws IOException {
        assertThat(analyse("Twitch", CorpusLines.line("Twitch/Terms of Service/2023-06-02T00-34-40Z.md", 104))
                        .values(Names.LICENCE_GRANTEE))
                .containsExactly("provider");
        assertThat(analyse("TikTok", CorpusLines.line("TikTok/Terms of Service/2023-05-05T00-34-01Z.md", 245))
                        .values(Names.LICENCE_GRANTEE))
                .containsExactly("other-users");
        assertThat(analyse("YouTube", CorpusLines.line("YouTube/Terms of Service/2026-07-07T12-58-51Z.md", 177))
                        .values(Names.LICENCE_GRANTEE))
                .containsExactly("provider");
        Analysis github =
                analyse("GitHub", CorpusLines.line("GitHub Copilot/Terms of Service/2026-07-23T19-04-25Z.md", 153));
        assertThat(github.values(Names.LICENCE_GRANTEE)).containsExactly("other-users");
        assertThat(github.topics()).contains("D1");
    }

    @Test
    void aPermissionDeniedBehindAnAsideIsStillDenied() throws IOException {
        Analysis github =
                analyse("GitHub", CorpusLines.line("GitHub Copilot/Terms of Service/2026-07-23T19-04-25Z.md", 268));
        assertThat(github.values(Names.TRAINING_USE)).doesNotContain("uses");
        assertThat(github.severity()).isNotEqualTo(Optional.of(Severity.HIGH));
    }

    @Test
    void noRightsToYourDataIsALossAndOutputAssignedToYouIsABenefit() throws IOException {
        Analysis xai = analyse("xAI", CorpusLines.line("xAI/Terms of Service/2024-08-28T18-33-06Z.md", 15));
        assertThat(xai.values("ownership.input")).containsExactly("provider");
        assertThat(xai.severity()).contains(Severity.HIGH);
        Analysis deepseek =
                analyse("DeepSeek", CorpusLines.line("DeepSeek/Terms of Service/2025-12-10T15-55-01Z.md", 109));
        assertThat(deepseek.values(Names.LICENCE_ASSIGNMENT)).containsExactly("to-user");
        assertThat(deepseek.values(Names.TRAINING_RESTRICTION)).isEmpty();
        assertThat(deepseek.severity()).contains(Severity.LOW);
    }

    @Test
    void aBanOnTrainingAnyOtherAiServiceIsARestrictionOnTheUser() throws IOException {
        Analysis microsoft =
                analyse("Microsoft", CorpusLines.line("Microsoft/Terms of Service/2023-11-28T16-44-26Z.md", 290));
        assertThat(microsoft.values(Names.TRAINING_RESTRICTION)).containsExactly("prohibited");
        assertThat(microsoft.values(Names.TRAINING_USE)).isEmpty();
    }

    @Test
    void theProviderNamedFirstWithOthersIsTheProviderAndItsPartners() throws IOException {
        Analysis snap = analyse("Snapchat", CorpusLines.line("Snapchat/Terms of Service/2023-09-15T23-47-08Z.md", 42));
        assertThat(snap.values(Names.LICENCE_GRANTEE)).contains("provider-and-partners");
        Analysis google = analyse(
                "Example",
                "When you upload content, you give Example (and those we work with) a worldwide license to use, host"
                        + " and publish such content.");
        assertThat(google.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        assertThat(google.severity()).contains(Severity.MEDIUM);
        Analysis onward = analyse(
                "Example",
                "You grant Example a worldwide, royalty-free licence to use and display your content, and sub-licence"
                        + " those rights to third parties.");
        assertThat(onward.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
    }

    @Test
    void aSentenceAboutThisLicenceOverYourContentSpeaksOfTheLicenceYouGive() throws IOException {
        Analysis tiktok = analyse("TikTok", CorpusLines.line("TikTok/Terms of Service/2026-07-29T01-07-20Z.md", 211));
        assertThat(tiktok.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(tiktok.topics()).contains("D1");
        Analysis irrevocable =
                analyse("Example", "This license cannot be terminated by you once your content has been submitted.");
        assertThat(irrevocable.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(irrevocable.values(Names.LICENCE_SCOPE)).contains("irrevocable");
        assertThat(irrevocable.severity()).contains(Severity.MEDIUM);
        Analysis yours = analyse(
                "Example", "Example can terminate this license at any time if you misuse the service or its software.");
        assertThat(yours.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        Analysis reference = analyse(
                "Example",
                "The opt-out applies only to your Inputs and does not apply to the license granted in Section 4.");
        assertThat(reference.values(Names.LICENCE_GRANTEE)).isEmpty();
    }

    @Test
    void grantsWithoutAnArticleOrWithAnAcronymNameTheirGrantee() {
        Analysis acronym = analyse(
                "Example",
                "You grant NXT a perpetual, irrevocable, worldwide licence to publish and adapt the content you submit.");
        assertThat(acronym.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(acronym.severity()).contains(Severity.HIGH);
        Analysis bare = analyse(
                "Example",
                "By posting content you irrevocably grant Example worldwide, transferable rights to use your content for"
                        + " any purpose.");
        assertThat(bare.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis referred = analyse(
                "Example",
                "You agree that the licenses you grant are royalty-free, perpetual, transferable and irrevocable.");
        assertThat(referred.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(referred.severity()).contains(Severity.HIGH);
        Analysis provided = analyse(
                "Example",
                "We require that you provide us a license to use this content so that we can operate and promote the"
                        + " platform.");
        assertThat(provided.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(provided.severity()).contains(Severity.MEDIUM);
    }

    @Test
    void aPublicLicenceOfContributionsGoesToEveryoneAndOfOurSoftwareToTheUser() {
        Analysis contributions = analyse(
                "Example",
                "All contributions you add to the wiki are licensed under a Creative Commons Attribution-ShareAlike"
                        + " licence.");
        assertThat(contributions.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        assertThat(contributions.severity()).contains(Severity.MEDIUM);
        Analysis software = analyse("Example", "Our software is released under the GNU General Public License.");
        assertThat(software.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        assertThat(software.severity()).contains(Severity.LOW);
    }

    @Test
    void sublicensableTransferableOrPerpetualLicencesReachBeyondRunningTheService() {
        Analysis sublicensable = analyse(
                "Example",
                "You grant us a non-exclusive, worldwide, royalty-free, sublicensable licence to host and display your"
                        + " content.");
        assertThat(sublicensable.severity()).contains(Severity.MEDIUM);
        assertThat(sublicensable.grade().orElseThrow().rule()).isEqualTo("licence-sublicensable");
        Analysis operating = analyse(
                "Example",
                "You grant us a non-exclusive, worldwide, royalty-free licence to host and display your content to run"
                        + " the service.");
        assertThat(operating.severity()).contains(Severity.LOW);
    }

    @Test
    void aDenialThatHoldsOnceTheUserTurnsASettingOffIsTrainingByDefaultWithAnOptOut() throws IOException {
        Analysis gemini = analyse(
                "Gemini",
                CorpusLines.line("Google Generative AI Services/Privacy Policy/2026-06-26T22-30-58Z.md", 1093));
        assertThat(gemini.values(Names.TRAINING_USE)).contains("uses");
        assertThat(gemini.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(gemini.severity()).contains(Severity.MEDIUM);
    }

    @Test
    void aNamedPartyWithItsArticleAndItsGroupInParenthesesIsTheProviderAndItsPartners() {
        Analysis society = analyse(
                "Example",
                "By uploading Your Content, you grant the Society (which includes its parent, subsidiaries, affiliates"
                        + " and licensees) the following rights: a worldwide, perpetual license to display and reproduce"
                        + " it.");
        assertThat(society.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
    }

    // --- revision 7: patterns found on development set 3 (docs/classification.md, "Revision 7") ---

    @Test
    void aTrainedModelsStateOrADefinedTermIsNotATrainingUse() throws IOException {
        Analysis state =
                analyse("Claude.ai", CorpusLines.line("Claude.ai/Privacy Policy/2026-08-17T22-31-33Z.md", 319));
        assertThat(state.values(Names.TRAINING_USE)).isEmpty();
        assertThat(state.severity()).isEmpty();
        Analysis definition =
                analyse("Hugging Face", CorpusLines.line("Hugging Face/Terms of Service/2026-05-06T12-41-14Z.md", 37));
        assertThat(definition.values(Names.TRAINING_USE)).isEmpty();
        assertThat(definition.topics()).doesNotContain("F1");
    }

    @Test
    void aCautionToTheUserIsNotTheProvidersDenial() throws IOException {
        Analysis caution = analyse(
                "Gemini",
                CorpusLines.line("Google Generative AI Services/Privacy Policy/2026-08-18T10-31-58Z.md", 923));
        assertThat(caution.values(Names.TRAINING_USE)).contains("uses").doesNotContain("does-not-use");
        assertThat(caution.severity()).contains(Severity.HIGH);
    }

    @Test
    void aDenialUnlessTheUserChoosesToShareIsConditional() throws IOException {
        Analysis messages =
                analyse("Facebook", CorpusLines.line("Facebook/Privacy Policy/2026-07-24T00-53-09Z.md", 1620));
        assertThat(messages.values(Names.TRAINING_USE)).contains("conditional");
        assertThat(messages.severity()).contains(Severity.LOW);
        Analysis derivative =
                analyse("Replicate", CorpusLines.line("Replicate/Terms of Service/2025-08-20T00-37-20Z.md", 264));
        assertThat(derivative.values(Names.TRAINING_USE)).containsExactly("conditional");
        assertThat(derivative.severity()).contains(Severity.LOW);
    }

    @Test
    void aLicenceOverFeedbackAloneIsNotALicenceToUserContentAndIsGradedOnItsOwn() {
        Analysis broad = analyse(
                "Example",
                "If you send us suggestions or other feedback, you grant us a perpetual, irrevocable, worldwide,"
                        + " sublicensable licence to use that feedback for any purpose.");
        assertThat(broad.values(Names.LICENCE_SUBJECT)).containsOnly("feedback");
        assertThat(broad.topics()).doesNotContain("D1");
        assertThat(broad.severity()).contains(Severity.MEDIUM);
        assertThat(broad.grade().orElseThrow().rule()).isEqualTo("feedback-licence");
        Analysis free = analyse(
                "Example",
                "By sending us an idea, you agree that it is unsolicited and that we are free to use the idea without"
                        + " paying you for it.");
        assertThat(free.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(free.severity()).contains(Severity.MEDIUM);
        Analysis limited = analyse(
                "Example",
                "If you give us feedback about the app, we may act on your feedback without owing you anything.");
        assertThat(limited.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(limited.grade().orElseThrow().rule()).isEqualTo("feedback-licence-limited");
        assertThat(limited.severity()).contains(Severity.LOW);
        Analysis content = analyse(
                "Example",
                "You grant us a perpetual, irrevocable licence to your content and to any feedback you send.");
        assertThat(content.topics()).contains("D1");
        assertThat(content.severity()).contains(Severity.HIGH);
    }

    @Test
    void theProvidersStatedUseOfWhatTheUserGivesIsAPermissionUnlessItIsTraining() throws IOException {
        Analysis content = analyse("DALL·E", CorpusLines.line("DALL·E/Terms of Service/2025-04-03T00-31-16Z.md", 80));
        assertThat(content.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(content.topics()).contains("D1");
        Analysis training = analyse("ChatGPT", CorpusLines.line("ChatGPT/Privacy Policy/2026-07-25T07-00-24Z.md", 265));
        assertThat(training.values(Names.LICENCE_GRANTEE)).isEmpty();
        assertThat(training.values(Names.TRAINING_USE)).containsExactly("uses");
        Analysis aggregated =
                analyse("Atlassian", CorpusLines.line("Atlassian/Privacy Policy/2026-04-21T12-34-04Z.md", 114));
        assertThat(aggregated.values(Names.LICENCE_GRANTEE)).isEmpty();
        Analysis payment = analyse("Reddit", CorpusLines.line("Reddit/Terms of Service/2020-07-30T21-30-17Z.md", 131));
        assertThat(payment.values(Names.LICENCE_GRANTEE)).isEmpty();
        Analysis feedback =
                analyse("Twitter", CorpusLines.line("Twitter/Terms of Service/2025-12-17T00-50-29Z.md", 116));
        assertThat(feedback.values(Names.LICENCE_GRANTEE)).contains("provider");
    }

    @Test
    void permissionsTheUserGivesAndCamelCaseProvidersAreGrants() throws IOException {
        Analysis xai = analyse("xAI", CorpusLines.line("xAI/Terms of Service/2025-02-10T12-33-39Z.md", 81));
        assertThat(xai.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis given = analyse(
                "Example",
                "You give us the permissions we need to host your files and show them to people you share them with,"
                        + " solely to provide the service.");
        assertThat(given.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(given.severity()).contains(Severity.LOW);
        Analysis assigned = analyse(
                "Example",
                "Course Participant assigns to the Academy all right, title and interest in and to the Feedback.");
        assertThat(assigned.values(Names.LICENCE_ASSIGNMENT)).containsExactly("to-provider");
        assertThat(assigned.severity()).contains(Severity.MEDIUM);
    }

    @Test
    void aPublicLicenceGoesToEveryoneForUsersWorkAndToTheUserForTheProvidersOwn() {
        Analysis covered = analyse(
                "Example", "Content you post on the site is covered by the same Creative Commons license as ours.");
        assertThat(covered.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        Analysis code = analyse(
                "Example",
                "Our source code is licensed under an AGPLv3 license, which means you are allowed to modify and use"
                        + " it.");
        assertThat(code.values(Names.LICENCE_GRANTEE)).containsExactly("user");
    }

    // --- revision 8: patterns found on development sets 2-4 (docs/classification.md, "Revision 8") ---

    @Test
    void howModelsAreTaughtIsNotATrainingUse() throws IOException {
        for (String[] line : new String[][] {
            {"Facebook", "Facebook/Privacy Policy/2026-07-04T12-53-03Z.md", "2678"},
            {"Claude.ai", "Claude.ai/Privacy Policy/2026-06-09T22-30-33Z.md", "316"},
            {"Claude.ai", "Claude.ai/Privacy Policy/2026-08-17T22-31-33Z.md", "321"},
            {"DeepSeek", "DeepSeek/Terms of Service/2026-03-27T07-01-59Z.md", "125"}
        }) {
            Analysis method = analyse(line[0], CorpusLines.line(line[1], Integer.parseInt(line[2])));
            assertThat(method.values(Names.TRAINING_USE)).as(line[1]).isEmpty();
            assertThat(method.severity()).as(line[1]).isEmpty();
        }
        Analysis use = analyse("Example", "We may use the data we collect to train our models to follow instructions.");
        assertThat(use.values(Names.TRAINING_USE)).containsExactly("uses");
        Analysis yours = analyse("Example", "We use your conversations to train our models to be more helpful.");
        assertThat(yours.values(Names.TRAINING_USE)).containsExactly("uses");
    }

    @Test
    void typesetSpacesAndInlineHtmlDoNotHideAPublicLicence() {
        Analysis narrow = analyse(
                "Example",
                "All material added to the website will be licensed under a\u202fCreative Commons\u202fAttribution"
                        + " 4.0 International\u202flicense.");
        assertThat(narrow.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        Analysis marked = analyse(
                "Example",
                "<li>All material added to the website will be licensed under a <i>Creative Commons Attribution</i>"
                        + " license.");
        assertThat(marked.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
    }

    @Test
    void aLicenceAgreementNamedAsADocumentGrantsNothing() {
        Analysis notice = analyse(
                "Example",
                "If Example revises this Agreement, Example will notify you by\u00a0posting the revised Terms of"
                        + "\u00a0Service and End User License Agreement on\u00a0the Site.");
        assertThat(notice.values(Names.LICENCE_GRANTEE)).isEmpty();
        assertThat(notice.topics()).doesNotContain("D1");
    }

    @Test
    void aLicenceThatReachesOthersAfterItsGrantGoesToTheProviderAndItsPartners() {
        for (String widened : List.of(
                "You grant Example a royalty-free, perpetual licence to redistribute said content, as well as to grant"
                        + " others permission to do the same.",
                "You grant Example a perpetual, transferable and sublicensable licence to use your content and to"
                        + " sublicense through multiple tiers the content.",
                "You grant the Site a perpetual licence to display your content on other sites owned by Example,"
                        + " including its parent company, subsidiaries, and affiliates.",
                "You grant us a licence to (a) host and display your content and (b) permit other users to access"
                        + " and reproduce your content via the Services.")) {
            assertThat(analyse("Example", widened).values(Names.LICENCE_GRANTEE))
                    .as(widened)
                    .containsExactly("provider-and-partners");
        }
        Analysis before = analyse(
                "Example",
                "Our subsidiaries help us run the service. You grant us a licence to host your content to run it.");
        assertThat(before.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
    }

    @Test
    void anAcknowledgedUseForTrainingIsATrainingStatementAndOtherActsStayAPermission() throws IOException {
        Analysis training = analyse("Grok", CorpusLines.line("xAI/Terms of Service/2024-12-27T12-32-49Z.md", 312));
        assertThat(training.values(Names.TRAINING_USE)).contains("uses");
        assertThat(training.values(Names.LICENCE_GRANTEE)).isEmpty();
        assertThat(training.topics()).doesNotContain("D1");
        Analysis licence = analyse("xAI", CorpusLines.line("xAI/Terms of Service/2024-04-30T00-31-33Z.md", 79));
        assertThat(licence.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(licence.values(Names.TRAINING_USE)).contains("uses");
        assertThat(licence.topics()).contains("D1", "F1");
    }

    @Test
    void contributorsRequiredToGrantPermissionsToTheGeneralPublicLicenceThirdParties() {
        Analysis commons = analyse(
                "Example",
                "All users contributing to the wiki are required to grant broad permissions to the general public to"
                        + " re-distribute and re-use their contributions freely.");
        assertThat(commons.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        assertThat(commons.topics()).contains("D1");
        Analysis warranty =
                analyse("Example", "You represent that you have the rights required to grant us the licence above.");
        assertThat(warranty.values(Names.LICENCE_GRANTEE)).isEmpty();
    }

    @Test
    void aUseAfterADashIsNotDeniedByTheClauseBeforeIt() throws IOException {
        Analysis helpful = analyse("ChatGPT", CorpusLines.line("ChatGPT/Privacy Policy/2026-01-23T19-00-29Z.md", 184));
        assertThat(helpful.values(Names.TRAINING_USE)).contains("uses").doesNotContain("does-not-use");
        assertThat(helpful.values(Names.TRAINING_OPT_OUT)).contains("available");
        Analysis better = analyse("Example", "We leverage your interactions to enhance our models.");
        assertThat(better.values(Names.TRAINING_USE)).containsExactly("uses");
    }

    /** Sentences that no-break spaces used to join, read apart since revision 8; each keeps its reading. */
    @Test
    void sentencesSplitAtTypesetSpacesKeepTheirReading() throws IOException {
        Analysis window =
                analyse("Stability AI", CorpusLines.line("Stability AI/Terms of Service/2026-07-30T19-09-03Z.md", 189));
        assertThat(window.values(Names.ARBITRATION_OPT_OUT_DAYS)).containsExactly("30");
        assertThat(window.severity()).contains(Severity.MEDIUM);
        Analysis selling = analyse("Discord", CorpusLines.line("Discord/Privacy Policy/2026-04-08T00-36-33Z.md", 14));
        assertThat(selling.values(Names.RECIPIENTS)).isEmpty();
        Analysis feedback =
                analyse("Claude.ai", CorpusLines.line("Claude.ai/Privacy Policy/2026-08-17T22-31-33Z.md", 292));
        assertThat(feedback.values(Names.TRAINING_USE)).isEmpty();
    }

    // --- revision 9: lists and tables without their lead-in (docs/classification.md, "Revision 9") ---

    @Test
    void aPurposeListWithoutItsLeadInNamesTheProvidersTrainingAsAUse() throws IOException {
        Analysis claude =
                analyse("Claude.ai", CorpusLines.lines("Claude.ai/Privacy Policy/2026-08-17T22-31-33Z.md", 66, 74));
        assertThat(claude.values(Names.TRAINING_USE)).containsExactly("uses");
        assertThat(claude.severity()).contains(Severity.HIGH);
        Analysis xai = analyse("xAI", CorpusLines.lines("xAI/Privacy Policy/2025-02-21T12-36-11Z.md", 82, 84));
        assertThat(xai.values(Names.TRAINING_USE)).containsExactly("uses");
        // an item that names data not the user's, and a rule on the user, are not the provider's use
        assertThat(analyse("Example", "* To train and improve our models on publicly available data;")
                        .values(Names.TRAINING_USE))
                .isEmpty();
        Analysis rule = analyse("Example", "* To train models that compete with our Services.");
        assertThat(rule.values(Names.TRAINING_USE)).isEmpty();
        assertThat(rule.values(Names.TRAINING_RESTRICTION)).containsExactly("prohibited");
        // a sentence, not a list item, still needs the user's data named
        assertThat(analyse("Example", "To improve our Services, including training our models.")
                        .values(Names.TRAINING_USE))
                .isEmpty();
    }

    @Test
    void dataUsedInThePassiveIsTheProvidersUse() throws IOException {
        Analysis gemini = analyse(
                "Gemini",
                CorpusLines.line("Google Generative AI Services/Privacy Policy/2026-08-18T10-31-58Z.md", 1505));
        assertThat(gemini.values(Names.TRAINING_USE)).containsExactly("uses");
        Analysis byYou = analyse("Example", "This data is used by you to fine-tune models you deploy.");
        assertThat(byYou.values(Names.TRAINING_USE)).isEmpty();
    }

    @Test
    void aLicencesActsListedWithoutItsGrantGoToTheProvider() throws IOException {
        String items = CorpusLines.lines("Google/Terms of Service/2026-07-30T12-41-07Z.md", 189, 194);
        Analysis google = analyse("Google", items);
        assertThat(google.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        assertThat(google.values(Names.LICENCE_SCOPE)).contains("sublicensable");
        assertThat(google.topics()).contains("D1");
        assertThat(google.severity()).contains(Severity.MEDIUM);
        // with its lead-in the grant is read from the lead-in, once
        Analysis led =
                analyse("Google", CorpusLines.lines("Google/Terms of Service/2026-07-30T12-41-07Z.md", 187, 194));
        assertThat(led.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        // a numbered heading is no list of acts
        Analysis heading = analyse(
                "Microsoft",
                "iv. Use of Your Content. As part of providing the AI services, Microsoft will process and store your"
                        + " inputs to the service.");
        assertThat(heading.values(Names.LICENCE_GRANTEE)).isEmpty();
    }

    @Test
    void aTableIsReadRowByRow() throws IOException {
        Analysis atlassian =
                analyse("Atlassian", CorpusLines.lines("Atlassian/Privacy Policy/2026-04-21T12-34-04Z.md", 239, 243));
        assertThat(atlassian.values(Names.TRAINING_USE)).containsExactly("uses");
        Analysis excluded =
                analyse("Cursor", CorpusLines.lines("Cursor/Privacy Policy/2025-06-30T00-30-50Z.md", 166, 166));
        assertThat(excluded.values(Names.TRAINING_USE)).containsExactly("does-not-use");
        // a table of contents that says what a section tells is no statement of use
        Analysis summary = analyse("GitHub", CorpusLines.line("GitHub/Terms of Service/2026-07-25T00-39-52Z.md", 17));
        assertThat(summary.values(Names.TRAINING_USE)).isEmpty();
        Analysis both = analyse("Cursor", CorpusLines.lines("Cursor/Privacy Policy/2025-06-30T00-30-50Z.md", 166, 167));
        assertThat(both.values(Names.TRAINING_USE)).containsExactlyInAnyOrder("does-not-use", "uses");
    }

    @Test
    void aPermissionWordedAsANeedOrAGiftIsALicenceToTheProvider() throws IOException {
        for (String[] line : new String[][] {
            {"Facebook", "Facebook/Terms of Service/2026-06-16T12-30-26Z.md", "162"},
            {"Google", "Google/Terms of Service/2026-07-30T12-41-07Z.md", "164"},
            {"Grammarly", "Grammarly/Terms of Service/2026-07-30T00-41-46Z.md", "78"},
            {"Tumblr", "Tumblr/Terms of Service/2026-07-15T15-37-33Z.md", "90"},
        }) {
            Analysis permission = analyse(line[0], CorpusLines.line(line[1], Integer.parseInt(line[2])));
            assertThat(permission.values(Names.LICENCE_GRANTEE)).as(line[1]).containsExactly("provider");
            assertThat(permission.severity()).as(line[1]).contains(Severity.LOW);
        }
        // "are … authorised" and "giving up" grant nothing to the provider
        Analysis netflix = analyse("Netflix", CorpusLines.line("Netflix/Terms of Service/2026-04-19T00-44-38Z.md", 25));
        assertThat(netflix.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        Analysis waiver = analyse(
                "Stack Overflow", CorpusLines.line("Stack Overflow/Terms of Service/2025-12-19T00-48-43Z.md", 94));
        assertThat(waiver.values(Names.LICENCE_GRANTEE)).isEmpty();
    }

    @Test
    void aLicenceSpokenOfByItsGranteesOrAsTheAboveOneIsRead() throws IOException {
        Analysis tiktok = analyse("TikTok", CorpusLines.line("TikTok/Terms of Service/2026-07-29T01-07-20Z.md", 215));
        assertThat(tiktok.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        assertThat(tiktok.values(Names.LICENCE_CONDITION)).anyMatch(c -> c.contains("close your account"));
        Analysis above =
                analyse("Grammarly", CorpusLines.line("Grammarly/Terms of Service/2026-07-30T00-41-46Z.md", 109));
        assertThat(above.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis use = analyse("Example", "Your licence to use the Services ends when you close your account.");
        assertThat(use.values(Names.LICENCE_GRANTEE)).containsExactly("user");
    }

    @Test
    void allowingOthersAndReleasingUnderAnOpenLicenceGoToOthers() throws IOException {
        Analysis fork = analyse("GitHub", CorpusLines.line("GitHub/Terms of Service/2026-07-25T00-39-52Z.md", 144));
        assertThat(fork.values(Names.LICENCE_GRANTEE)).containsExactly("other-users");
        Analysis release = analyse(
                "Example",
                "You agree to release your contributions to the project's public knowledge base under the Creative"
                        + " Commons Zero license.");
        assertThat(release.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        Analysis open = analyse("Example", "We ask you to license your contributions under free and open licenses.");
        assertThat(open.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        // an explanation of a licence's terms "by Creative Commons" is no licence
        Analysis explained = analyse(
                "Stack Overflow", CorpusLines.line("Stack Overflow/Terms of Service/2025-12-19T00-48-43Z.md", 68));
        assertThat(explained.values(Names.LICENCE_GRANTEE)).doesNotContain("user");
    }

    @Test
    void aUseWhileASettingIsOnCanBeOptedOutOf() throws IOException {
        Analysis live = analyse(
                "Gemini",
                CorpusLines.line("Google Generative AI Services/Privacy Policy/2026-08-18T10-31-58Z.md", 1417));
        assertThat(live.values(Names.TRAINING_USE)).containsExactly("uses");
        assertThat(live.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(live.severity()).contains(Severity.MEDIUM);
        // a use with no setting named has no way out read into it
        Analysis plain = analyse("Example", "Transcripts of your chats are used to improve our AI models.");
        assertThat(plain.values(Names.TRAINING_OPT_OUT)).isEmpty();
    }

    /** Wordings of ToS;DR quotes ("reserves the right to use any User Content as it deems appropriate"), reworded. */
    @Test
    void aReservedRightOverContentAndAUseByNamedPartiesAreGrants() {
        Analysis reserved =
                analyse("Acme", "Acme reserves the right to use, reproduce and display any content you upload.");
        assertThat(reserved.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis marketing =
                analyse("Acme", "Content you post may be used by us and our affiliates for marketing purposes.");
        assertThat(marketing.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        assertThat(marketing.values(Names.LICENCE_PURPOSE)).contains("promotion");
        // reserving the right to change terms, or to use tools, is no grant; a training use stays a training use
        assertThat(analyse("Acme", "We reserve the right to modify these Terms at any time.")
                        .values(Names.LICENCE_GRANTEE))
                .isEmpty();
        assertThat(analyse("Acme", "We reserve the right to use automated tools to review content.")
                        .values(Names.LICENCE_GRANTEE))
                .isEmpty();
        Analysis training = analyse("Acme", "Your content may be used by us to train our models.");
        assertThat(training.values(Names.LICENCE_GRANTEE)).isEmpty();
        assertThat(training.values(Names.TRAINING_USE)).containsExactly("uses");
    }

    /** Limits the issue names: "during the subscription term", "in connection with the operation of its businesses". */
    @Test
    void aLicenceForTheTermOrInConnectionWithRunningTheServiceCarriesThatLimit() throws IOException {
        Analysis term = analyse("ChatGPT", CorpusLines.line("ChatGPT/Commercial Terms/2026-08-22T19-01-20Z.md", 33));
        assertThat(term.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        assertThat(term.values(Names.LICENCE_CONDITION)).contains("during the Term");
        Analysis subscription = analyse(
                "Example", "You grant us a worldwide licence to use your content during the subscription term.");
        assertThat(subscription.values(Names.LICENCE_CONDITION)).containsExactly("during the subscription term");
        assertThat(subscription.explanation().whatItSays()).contains("during the subscription term");
        Analysis running = analyse(
                "Example",
                "You grant us a licence to use your content in connection with operating and providing the Service.");
        assertThat(running.values(Names.LICENCE_CONDITION))
                .containsExactly("in connection with operating and providing the Service");
    }

    /**
     * Wordings of ToS;DR quotes of services outside the version histories (a blind labelling of 80 of them found these
     * missed), reworded.
     */
    @Test
    void grantsWordedAsListsAutomaticGrantsAndOpenLicencesAreRead() {
        Analysis listed = analyse(
                "Example",
                "You hereby grant: (i) us a perpetual, royalty-free, exclusive, irrevocable, transferable, worldwide"
                        + " license to your content.");
        assertThat(listed.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(listed.values(Names.LICENCE_SCOPE)).contains("exclusive", "perpetual", "irrevocable");
        Analysis automatic = analyse(
                "Example",
                "By submitting content you automatically grant, or warrant that its owner has granted, to Example and"
                        + " its affiliates, the perpetual, irrevocable right and license to use it.");
        assertThat(automatic.values(Names.LICENCE_GRANTEE)).containsExactly("provider-and-partners");
        Analysis open = analyse("Example", "Contributions are made available only under open and public licences.");
        assertThat(open.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        Analysis colon = analyse(
                "Example",
                "When you submit text you wrote, you agree to license it under: Creative Commons Attribution-ShareAlike"
                        + " 4.0.");
        assertThat(colon.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        Analysis mozilla =
                analyse("Example", "The Services are distributed under and subject to the Mozilla Public License.");
        assertThat(mozilla.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        Analysis toUser = analyse(
                "Example", "Example grants User a limited, nonexclusive, revocable license to access the site.");
        assertThat(toUser.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        Analysis ugc = analyse("Example", "This license will terminate at the time your UGC is removed from the site.");
        assertThat(ugc.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis reservedData = analyse(
                "Example", "Example reserves the right to use any data collected in any form that Example decides.");
        assertThat(reservedData.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis anonymised =
                analyse("Example", "Example reserves the right to use this data in an anonymized form for statistics.");
        assertThat(anonymised.values(Names.LICENCE_GRANTEE)).isEmpty();
    }

    /** Wordings of a second blind labelling of ToS;DR quotes, reworded. */
    @Test
    void theUsersOwnRightGrantsNothingAndSubmissionsThatBecomeTheProvidersAreAssigned() {
        Analysis own = analyse("Example", "You have the right to consult your data at any time, free of charge.");
        assertThat(own.values(Names.LICENCE_GRANTEE)).isEmpty();
        assertThat(own.severity()).isEmpty();
        Analysis property = analyse(
                "Example",
                "You agree that your submissions and their contents will automatically become the property of"
                        + " Example, without any compensation to you.");
        assertThat(property.values(Names.LICENCE_ASSIGNMENT)).containsExactly("to-provider");
    }

    /** Wordings of AI policies of services outside the corpus, written as probes of the reader. */
    @Test
    void aiPolicyWordingsOfOtherServicesAreReadForWhatTheySay() {
        Analysis texts =
                analyse("Example", "Texts you translate with a Pro subscription are never used to train our models.");
        assertThat(texts.values(Names.TRAINING_USE)).containsExactly("does-not-use");
        Analysis publicOnly = analyse(
                "Example",
                "We train our models on publicly available data and licensed datasets, not on your private messages.");
        assertThat(publicOnly.values(Names.TRAINING_USE)).containsExactly("does-not-use");
        assertThat(publicOnly.severity()).contains(Severity.LOW);
        Analysis history = analyse(
                "Example",
                "We may use the content of your conversations to train our models unless you have turned off chat"
                        + " history.");
        assertThat(history.values(Names.TRAINING_USE)).containsExactly("uses");
        assertThat(history.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(history.severity()).contains(Severity.MEDIUM);
        Analysis disable = analyse(
                "Example",
                "We use your Content to improve model performance, unless you disable \"Help improve\" in your"
                        + " settings.");
        assertThat(disable.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        Analysis rated =
                analyse("Example", "When you rate a response, the conversation may be used to train our models.");
        assertThat(rated.values(Names.TRAINING_USE)).containsExactly("conditional");
        assertThat(rated.severity()).contains(Severity.LOW);
        // a use of the user's data with public data named beside it stays a use
        Analysis both =
                analyse("Example", "We train our models on public data and on your conversations with the assistant.");
        assertThat(both.values(Names.TRAINING_USE)).containsExactly("uses");
    }

    /** A use "without restriction or compensation" of what "it" or "them" stands for, named in the sentence before. */
    @Test
    void aFreeUseOfFeedbackNamedByAPronounIsALicenceToFeedback() throws IOException {
        Analysis openAi = analyse("OpenAI", CorpusLines.line("OpenAI/Terms of Service/2023-10-16T12-30-05Z.md", 20));
        assertThat(openAi.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(openAi.values(Names.LICENCE_SUBJECT)).containsExactly("feedback");
        assertThat(openAi.topics()).doesNotContain("D1");
        Analysis snap = analyse("Snapchat", CorpusLines.line("Snapchat/Terms of Service/2023-09-15T23-47-08Z.md", 50));
        assertThat(snap.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(snap.values(Names.LICENCE_SUBJECT)).containsExactly("feedback");
        assertThat(snap.severity()).contains(Severity.LOW);
        // a licence that names its own subject keeps it: "you grant X a perpetual … license to … the submissions"
        Analysis named = analyse(
                "Example",
                "Some services let you send suggestions, graphics and photographs (submissions). You grant Example a"
                        + " perpetual, irrevocable license to use them for any purpose.");
        assertThat(named.values(Names.LICENCE_SUBJECT)).doesNotContain("feedback");
        assertThat(named.severity()).contains(Severity.HIGH);
    }

    /** A waiver of the author's moral rights gives up something of the user's own, though it licenses nothing. */
    @Test
    void aWaiverOfMoralRightsIsReadAndGraded() throws IOException {
        Analysis github = analyse("GitHub", CorpusLines.line("GitHub/Terms of Service/2026-07-25T00-39-52Z.md", 156));
        assertThat(github.values(Names.LICENCE_WAIVER)).containsExactly("moral-rights");
        assertThat(github.severity()).contains(Severity.MEDIUM);
        assertThat(github.topics()).contains("D1");
        assertThat(github.explanation().whatItSays()).contains("You give up your moral rights in your content");
        Analysis snap = analyse("Snapchat", CorpusLines.line("Snapchat/Terms of Service/2023-09-15T23-47-08Z.md", 44));
        assertThat(snap.values(Names.LICENCE_WAIVER)).containsExactly("moral-rights-for-good");
        assertThat(snap.severity()).contains(Severity.HIGH);
        // over feedback alone it stays medium and is no licence to user content
        Analysis feedback = analyse(
                "Example",
                "You irrevocably waive any moral rights contained in such Feedback you send us about the Services.");
        assertThat(feedback.severity()).contains(Severity.MEDIUM);
        assertThat(feedback.topics()).doesNotContain("D1");
        // a definition that lists moral rights, and a sentence that keeps them, waive nothing
        assertThat(analyse("Example", "\u201cIP Rights\u201d means copyrights, trademarks and moral rights.")
                        .values(Names.LICENCE_WAIVER))
                .isEmpty();
        assertThat(analyse("Example", "Nothing in these Terms waives your moral rights.")
                        .values(Names.LICENCE_WAIVER))
                .isEmpty();
    }

    /** Usage data assigned to the provider is not the user's content assigned: its own, lower rule. */
    @Test
    void anAssignmentOfUsageDataAloneIsMediumNotCritical() throws IOException {
        Analysis grok = analyse("Grok", CorpusLines.line("Grok/Terms of Service/2026-05-18T07-04-18Z.md", 138));
        assertThat(grok.values(Names.LICENCE_ASSIGNMENT)).containsExactly("to-provider");
        assertThat(grok.values(Names.LICENCE_SUBJECT)).containsExactly("usage-data");
        assertThat(grok.severity()).contains(Severity.MEDIUM);
        assertThat(grok.explanation().whatItSays())
                .contains("Data about how you use the service becomes Grok's property");
        Analysis content =
                analyse("Example", "You hereby assign to us all rights, title and interest in your content.");
        assertThat(content.severity()).contains(Severity.CRITICAL);
    }

    /** A review that "can be automated or manual (human)", or content moderation by "human moderators". */
    @Test
    void aManualReviewAndHumanModerationAreHumanReview() throws IOException {
        Analysis meta = analyse("Meta AI", CorpusLines.line("Meta AI/Terms of Service/2026-05-13T10-32-30Z.md", 63));
        assertThat(meta.values("review.human")).containsExactly("yes");
        assertThat(meta.severity()).contains(Severity.MEDIUM);
        Analysis tiktok = analyse("TikTok", CorpusLines.line("TikTok/Terms of Service/2026-07-29T01-07-20Z.md", 174));
        assertThat(tiktok.values("review.human")).containsExactly("yes");
        Analysis never = analyse("Example", "Your chats are never reviewed by human moderators.");
        assertThat(never.values("review.human")).containsExactly("no");
    }

    /** A second set of probes: AI-policy wordings of services outside the corpus, written before the reader was run. */
    @Test
    void moreAiPolicyWordingsOfOtherServicesAreReadForWhatTheySay() {
        Analysis rating = analyse(
                "Example",
                "If you submit a thumbs-up or thumbs-down rating, we may use the rated conversation to improve our"
                        + " models.");
        assertThat(rating.values(Names.TRAINING_USE)).containsExactly("conditional");
        assertThat(rating.severity()).contains(Severity.LOW);
        Analysis locked = analyse(
                "Example",
                "Conversations on the free plan are used to train our models, and this cannot be turned off.");
        assertThat(locked.values(Names.TRAINING_OPT_OUT)).containsExactly("not-available");
        assertThat(locked.severity()).contains(Severity.CRITICAL);
        Analysis settings = analyse(
                "Example", "Whether your content is used to train our models depends on your privacy settings.");
        assertThat(settings.values(Names.TRAINING_USE)).containsExactly("conditional");
        assertThat(settings.severity()).contains(Severity.MEDIUM);
        Analysis email = analyse(
                "Example",
                "Voice recordings you provide may be used to train our speech models. To stop this, email"
                        + " privacy@example.com and we will exclude your future recordings.");
        assertThat(email.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        assertThat(email.severity()).contains(Severity.MEDIUM);
        Analysis beta = analyse(
                "Example",
                "We only train on data from users who participate in our beta program and agree to share their"
                        + " sessions.");
        assertThat(beta.values(Names.TRAINING_USE)).containsExactly("with-consent");
        Analysis stock = analyse(
                "Example",
                "Example does not train its models on customer content unless you have submitted it to our stock"
                        + " library or expressly agreed to contribute it.");
        assertThat(stock.values(Names.TRAINING_USE)).containsExactly("with-consent");
        // a consent is read as such, not as a limit cut short at "you give"
        Analysis permission = analyse(
                "Example", "We do not use your recordings to train our AI unless you give explicit permission.");
        assertThat(permission.values(Names.TRAINING_USE)).containsExactly("with-consent");
        assertThat(permission.values(Names.TRAINING_CONDITION)).isEmpty();
        assertThat(permission.explanation().whatItSays()).doesNotContain("It applies unless");
    }

    /** Probes of licence wordings of other services, written before the reader was run. */
    @Test
    void licencesWordedAsPermissionsListsOfActsOrTheProvidersOwnAreRead() {
        Analysis allow = analyse(
                "Example",
                "You allow Mistral AI to use your Prompts and Outputs solely to operate and maintain the Services.");
        assertThat(allow.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(allow.severity()).contains(Severity.LOW);
        Analysis forever = analyse(
                "Example",
                "You irrevocably permit us to use, modify and commercialize your uploads for any purpose, forever.");
        assertThat(forever.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(forever.values(Names.LICENCE_SCOPE)).contains("perpetual", "irrevocable");
        assertThat(forever.severity()).contains(Severity.HIGH);
        Analysis remixed = analyse(
                "Example",
                "Content you share publicly may be viewed, copied, remixed and reused by other users of the Service.");
        assertThat(remixed.values(Names.LICENCE_GRANTEE)).containsExactly("other-users");
        Analysis ours = analyse(
                "Example", "Our license to your content ends when you delete your content or close your account.");
        assertThat(ours.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(ours.explanation().whatItSays()).contains("when you delete your content");
        Analysis submissions = analyse(
                "Example",
                "You grant Example a worldwide, non-exclusive license to use your Submissions, including to train and"
                        + " improve our models.");
        assertThat(submissions.values(Names.LICENCE_SUBJECT)).contains("content");
        assertThat(submissions.values(Names.TRAINING_USE)).containsExactly("uses");
        // cookies that "allow us to" do something grant nothing
        assertThat(analyse("Example", "Cookies allow us to remember your preferences.")
                        .values(Names.LICENCE_GRANTEE))
                .isEmpty();
    }

    /** Probes of ownership and human-review wordings of other services, written before the reader was run. */
    @Test
    void outputOwnedInThePassiveAndContentReadByStaffAreRead() {
        Analysis company = analyse(
                "Example",
                "All Outputs generated through the Service are owned by Company, and you receive only a limited license"
                        + " to use them.");
        assertThat(company.values("ownership.output")).containsExactly("provider");
        assertThat(company.severity()).contains(Severity.HIGH);
        Analysis yours = analyse("Example", "Outputs you generate are owned by you.");
        assertThat(yours.values("ownership.output")).containsExactly("user");
        assertThat(yours.severity()).contains(Severity.LOW);
        Analysis staff = analyse(
                "Example", "A small sample of conversations is read by our staff to check the quality of responses.");
        assertThat(staff.values("review.human")).containsExactly("yes");
        Analysis personnel = analyse(
                "Example", "Conversations flagged by our safety systems may be reviewed by authorized personnel.");
        assertThat(personnel.values("review.human")).containsExactly("yes");
        assertThat(personnel.severity()).contains(Severity.MEDIUM);
    }

    /** "You are not allowed to … use its responses to train other AI systems" is a rule on the user, not a use. */
    @Test
    void aRuleNotAllowingTheUserToTrainIsARestriction() {
        Analysis rule = analyse(
                "Example", "You are not allowed to scrape the Service or use its responses to train other AI systems.");
        assertThat(rule.values(Names.TRAINING_RESTRICTION)).containsExactly("prohibited");
        assertThat(rule.values(Names.TRAINING_USE)).isEmpty();
        assertThat(rule.severity()).contains(Severity.LOW);
    }

    /** Probes of opt-out wordings of other services, written before the reader was run. */
    @Test
    void optOutsWordedAsRequestsQuotedSettingsAndWithdrawnConsentAreRead() {
        for (String text : List.of(
                "We may use your content to improve our AI models. If you don't want us to, you can let us know through"
                        + " our privacy request form.",
                "Your data helps train our models unless you choose \"Don't use my data for training\" in your"
                        + " preferences.",
                "We may use your inputs to train our models; you can withdraw your consent at any time in your account"
                        + " settings.",
                "We use conversations to improve our models, but you can disable \"Improve the model for everyone\" at"
                        + " any time.",
                "Your content may be used to train our models. You may ask us to stop at any time by writing to"
                        + " privacy@example.com.")) {
            Analysis analysis = analyse("Example", text);
            assertThat(analysis.values(Names.TRAINING_OPT_OUT)).as(text).containsExactly("available");
            assertThat(analysis.severity()).as(text).contains(Severity.MEDIUM);
        }
        Analysis refused = analyse(
                "Example",
                "We use your data for training our generative AI models. Opting out is not possible for free"
                        + " accounts.");
        assertThat(refused.values(Names.TRAINING_OPT_OUT)).containsExactly("not-available");
        assertThat(refused.severity()).contains(Severity.CRITICAL);
    }

    /** Probes of training wordings of other services, written before the reader was run. */
    @Test
    void trainingWordedThroughModelsDatasetsAndTeachingIsRead() {
        for (String text : List.of(
                "Snippets of your code may be used to improve Copilot's underlying models.",
                "We may use the content you upload to teach our AI systems.",
                "Your images may be included in datasets used to develop future versions of the model.",
                "Your usage of the Service, including prompts, may be used for research and model development.",
                "Grok may use your posts and your interactions with Grok for training and fine-tuning.",
                "Your searches and the answers you receive help improve our models.")) {
            Analysis analysis = analyse("Example", text);
            assertThat(analysis.values(Names.TRAINING_USE)).as(text).containsExactly("uses");
            assertThat(analysis.severity()).as(text).contains(Severity.HIGH);
        }
        Analysis permission = analyse(
                "Example",
                "Customer Content may be used to improve our AI models only with the customer's permission.");
        assertThat(permission.values(Names.TRAINING_USE)).containsExactly("with-consent");
        Analysis related = analyse(
                "Example", "Your feedback and the conversation it relates to can be used to improve our models.");
        assertThat(related.values(Names.TRAINING_USE)).containsExactly("conditional");
        // the customer's own fine-tuning is no training of the provider's models
        Analysis own = analyse(
                "Example",
                "You can adapt certain models to specific tasks by fine-tuning them with your own prompt-completion"
                        + " pairs.");
        assertThat(own.values(Names.TRAINING_USE)).doesNotContain("uses");
    }

    /** Probes of licence wordings of AI services, written before the reader was run. */
    @Test
    void aiLicencesWithTheirLimitsPartiesAndAssignmentsToTheUserAreRead() {
        Analysis luma = analyse(
                "Luma",
                "You grant Luma and its affiliates a perpetual, irrevocable license to use Inputs incorporated in"
                        + " Outputs, including to train models.");
        assertThat(luma.values(Names.LICENCE_CONDITION)).containsExactly("Inputs incorporated in Outputs");
        assertThat(luma.explanation().whatItSays()).contains("It covers only Inputs incorporated in Outputs.");
        Analysis products = analyse(
                "Example",
                "We may use your Content to provide, maintain, develop and improve our services and to create new"
                        + " products.");
        assertThat(products.values(Names.LICENCE_PURPOSE)).contains("new-products");
        assertThat(products.severity()).contains(Severity.MEDIUM);
        Analysis assigned =
                analyse("Example", "To the extent we have any rights in the Output, we assign them to you.");
        assertThat(assigned.values(Names.LICENCE_ASSIGNMENT)).containsExactly("to-user");
        assertThat(assigned.severity()).contains(Severity.LOW);
        Analysis public0 = analyse(
                "Example",
                "Public Output may be used by anyone for any purpose under the CC0 public domain dedication.");
        assertThat(public0.values(Names.LICENCE_GRANTEE)).containsExactly("third-parties");
        Analysis dotted = analyse(
                "Example", "You agree that Character.AI may use Characters you create to promote the Services.");
        assertThat(dotted.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        assertThat(dotted.values(Names.LICENCE_PURPOSE)).contains("promotion");
        // content that anyone may only view or share is visible, not licensed
        Analysis visible =
                analyse("Example", "Your public posts can be viewed or shared by anyone on or off the Platform.");
        assertThat(visible.values(Names.LICENCE_GRANTEE)).isEmpty();
    }

    /** The prose of probes: what "by default" means, an opt-out's route, a licence to the user over the output. */
    @Test
    void theProseSaysWhatTheLimitsAndTheUsersLicenceAreAbout() {
        Analysis byDefault =
                analyse("Example", "We train on your chats by default. To opt out, visit privacy.example.com.");
        assertThat(byDefault.explanation().whatItSays())
                .contains("This is the default.")
                .doesNotContain("given by");
        Analysis objection = analyse(
                "Example",
                "You can object to our use of your public posts to train AI at Example by submitting the objection"
                        + " form.");
        assertThat(objection.values(Names.TRAINING_CONDITION)).isEmpty();
        assertThat(objection.values(Names.TRAINING_OPT_OUT)).containsExactly("available");
        Analysis output = analyse(
                "Example",
                "Subject to your compliance with these Terms, Example grants you a license to use the Output for any"
                        + " lawful purpose, including commercial purposes.");
        assertThat(output.values(Names.LICENCE_GRANTEE)).containsExactly("user");
        assertThat(output.explanation().whatItSays()).contains("a licence to use the output generated for you");
        Analysis software = analyse(
                "Example",
                "We grant you a limited, non-exclusive license to use the Software for your internal purposes.");
        assertThat(software.explanation().whatItSays()).contains("a licence to use its service, software or materials");
    }

    /** Wordings whose readers had no trigger word in them: "acknowledge that", "trained staff", "AI trainers". */
    @Test
    void wordingsWithoutAnotherTriggerAreStillRead() {
        Analysis acknowledged =
                analyse("Example", "You acknowledge that we may use your feedback to improve the Services.");
        assertThat(acknowledged.values(Names.LICENCE_GRANTEE)).containsExactly("provider");
        Analysis staff = analyse("Example", "Trained staff may review conversations flagged for abuse.");
        assertThat(staff.values("review.human")).containsExactly("yes");
        Analysis trainers = analyse("Example", "AI trainers may see your prompts.");
        assertThat(trainers.values("review.human")).containsExactly("yes");
    }

    /** Joining a programme is a consent; business accounts kept out of training are the data denied. */
    @Test
    void aProgrammeTheUserJoinsIsConsentAndExcludedAccountsAreADenial() {
        Analysis program = analyse(
                "Example", "If you join our Early Access program, your content may be used to train new models.");
        assertThat(program.values(Names.TRAINING_USE)).containsExactly("with-consent");
        assertThat(program.severity()).contains(Severity.LOW);
        Analysis business = analyse("Example", "Business accounts are excluded from model training by default.");
        assertThat(business.values(Names.TRAINING_USE)).containsExactly("does-not-use");
    }
}
