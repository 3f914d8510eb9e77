package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeReaderTest {
    private static final Analyst ANALYST = Analyst.load();

    private static List<String> read(String text) {
        return ANALYST.read(text).stream().map(a -> a.name() + "=" + a.value()).toList();
    }

    @Test
    void readsADeniedTrainingUseAsDoesNotUse() {
        assertThat(read("We do not use your prompts to train our models."))
                .containsExactly("training.use=does-not-use", "training.data=inputs");
        assertThat(read("Your conversations will never be used for model training."))
                .containsExactly("training.use=does-not-use", "training.data=conversations");
        assertThat(read("Files you upload won't be used to train our AI models."))
                .containsExactly("training.use=does-not-use", "training.data=files");
    }

    @Test
    void readsTrainingWithAnOptOutRouteAsUses() {
        assertThat(
                        read(
                                "We may use your conversations to train our models unless you opt out in your privacy settings."))
                .containsExactly(
                        "training.use=uses",
                        "training.data=conversations",
                        "training.optOut=available",
                        "training.optOutRoute=account-settings");
    }

    @Test
    void aHypotheticalNegationIsNotADenial() {
        assertThat(
                        read(
                                "If you do not want us to use your content to train our models, you can opt out by e-mailing us."))
                .containsExactly(
                        "training.use=uses",
                        "training.data=content",
                        "training.optOut=available",
                        "training.optOutRoute=email");
    }

    @Test
    void consentOrOptInMakesTrainingConditional() {
        assertThat(read("We will not use your inputs to train our models unless you opt in."))
                .containsExactly("training.use=with-consent", "training.data=inputs");
        assertThat(read("We train on your chats only with your explicit consent."))
                .containsExactly("training.use=with-consent", "training.data=conversations");
    }

    @Test
    void exceptionsToTheOptOutAreRead() {
        assertThat(read("You can turn off training in settings. Even if you opt out, we will use your feedback for"
                        + " model training."))
                .containsExactly(
                        "training.use=uses",
                        "training.data=feedback",
                        "training.optOut=available",
                        "training.optOut=has-exceptions",
                        "training.optOutRoute=account-settings");
    }

    @Test
    void aStatedImpossibilityToOptOutIsRead() {
        assertThat(read("We use your content to train our models and you cannot opt out of this use."))
                .containsExactly("training.use=uses", "training.data=content", "training.optOut=not-available");
    }

    @Test
    void aUserRestrictionIsNotTrainingOnUserData() {
        assertThat(read("You may not use outputs to train models that compete with us."))
                .containsExactly("restriction.modelTraining=prohibited");
        assertThat(read("What do we use to train our models?")).isEmpty();
    }

    @Test
    void readsTheScopePurposesAndSubjectOfALicenceToTheProvider() {
        assertThat(read(
                        "You grant us a worldwide, non-exclusive, royalty-free, sublicensable, perpetual and irrevocable"
                                + " licence to use your content to operate the services and to train our AI models."))
                .containsExactly(
                        "licence.grantee=provider",
                        "licence.subject=content",
                        "licence.scope=worldwide",
                        "licence.scope=non-exclusive",
                        "licence.scope=royalty-free",
                        "licence.scope=sublicensable",
                        "licence.scope=perpetual",
                        "licence.scope=irrevocable",
                        "licence.purpose=operate-service",
                        "licence.purpose=ai-training",
                        "training.use=uses",
                        "training.data=content");
    }

    @Test
    void aLicenceToTheUserDoesNotDescribeTheUsersContent() {
        assertThat(read("We grant you a limited, non-exclusive, non-transferable licence to use the software."))
                .containsExactly("licence.grantee=user");
    }

    @Test
    void mentioningLicencesIsNotGrantingOne() {
        assertThat(read("You confirm that you hold all rights, licences and permissions needed for your inputs."))
                .isEmpty();
    }

    @Test
    void readsALicenceConditionWithItsWords() {
        List<Attribute> attributes = ANALYST.read(
                "You grant us a non-exclusive licence to your Input solely to the extent Input is incorporated in Output.");
        assertThat(attributes)
                .filteredOn(a -> a.name().equals("licence.condition"))
                .extracting(Attribute::value)
                .containsExactly("solely to the extent Input is incorporated in Output");
    }

    @Test
    void normalisesDurationsToDaysAndTypesThemBySentence() {
        assertThat(read("We retain deleted chats for thirty (30) days.")).containsExactly("retention.days=30");
        assertThat(read("Logs are stored for up to 2 years.")).containsExactly("retention.days=730");
        assertThat(read("Temporary chats are deleted after 72 hours.")).containsExactly("retention.days=3");
        assertThat(read("We will give you at least 30 days' notice before changes take effect."))
                .containsExactly("notice.days=30");
        assertThat(read("You may opt out of this agreement to arbitrate within 30 days of accepting these terms."))
                .containsExactly("arbitration.optOutDays=30");
        assertThat(read("Six months after the launch we published a report.")).isEmpty();
    }

    @Test
    void keepsTheExactPhraseEachAttributeCameFrom() {
        String text = "Chats are kept for six months.";
        Attribute retention = ANALYST.read(text).get(0);
        assertThat(retention.value()).isEqualTo("180");
        assertThat(retention.evidence()).isEqualTo("six months");
        assertThat(text.substring(retention.start(), retention.end())).isEqualTo("six months");
    }

    @Test
    void readsLiabilityCapsWithTheirCurrency() {
        assertThat(read("Our total liability shall not exceed the greater of the fees you paid us or €50."))
                .containsExactly("liability.cap=50 EUR", "liability.capBasis=fees-paid");
        assertThat(read("IN NO EVENT WILL OUR LIABILITY EXCEED ONE HUNDRED U.S. DOLLARS (US$1,000.00)."))
                .containsExactly("liability.cap=1000 USD");
    }

    @Test
    void readsMinimumAgesAndParentalConsentAges() {
        assertThat(read("You must be 16 years of age or older to use the service."))
                .containsExactly("age.minimum=16");
        assertThat(read("If you are under 18, you need your parent's permission."))
                .containsExactly("age.parentalConsentBelow=18");
        assertThat(read("The service is not directed at children under 13.")).containsExactly("age.minimum=13");
        assertThat(read("A minor is anyone under 18.")).isEmpty();
    }

    @Test
    void readsGoverningLawAndVenuePlaces() {
        assertThat(read("These terms are governed by the laws of the State of New York, without regard to conflict of"
                        + " laws principles, and disputes go to the courts located in New York County, New York."))
                .containsExactly("law.governing=New York", "venue=New York County, New York");
        assertThat(read("THESE TERMS ARE GOVERNED BY THE LAWS OF ENGLAND AND WALES."))
                .containsExactly("law.governing=England");
        assertThat(read("These terms are governed by German law.")).containsExactly("law.governing=Germany");
    }

    @Test
    void readsRecipientsOnlyWhenSharingIsNotDenied() {
        assertThat(read("We share your information with our affiliates and with advertisers."))
                .containsExactly("data.recipients=affiliates", "data.recipients=advertisers");
        assertThat(read("We do not share your information with advertisers.")).isEmpty();
        assertThat(read("We do not sell your personal data.")).containsExactly("data.sale=does-not-sell");
    }

    @Test
    void readsStatementsAndTheirDenials() {
        assertThat(read("Your chats may be read by human reviewers.")).containsExactly("review.human=yes");
        assertThat(read("Your chats are never seen by human reviewers.")).containsExactly("review.human=no");
        assertThat(read("Disputes will be resolved by binding individual arbitration, and you waive any right to a"
                        + " class action."))
                .containsExactly("dispute.arbitration=binding", "dispute.classActionWaiver=yes");
        assertThat(read("As between the parties, you own all Output.")).containsExactly("ownership.output=user");
    }

    @Test
    void readsMarkdownAsPlainWords() {
        assertThat(ANALYST.read("We **do not** use [your content](https://example.com/a) to train our models."))
                .extracting(Attribute::evidence)
                .containsExactly("We do not use your content to train", "your content");
    }
}
