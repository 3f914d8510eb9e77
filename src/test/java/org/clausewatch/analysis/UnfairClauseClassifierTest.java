package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnfairClauseClassifierTest {
    private static final UnfairClauseClassifier CLASSIFIER = UnfairClauseClassifier.load();

    @Test
    void flagsChoiceOfLawAndJurisdictionInAForumClause() {
        assertThat(CLASSIFIER.classify("these terms shall be governed by the laws of the state of california and you"
                        + " submit to the exclusive jurisdiction of the courts located in santa clara county ."))
                .containsExactly("J", "LAW");
    }

    @Test
    void flagsBindingArbitration() {
        assertThat(CLASSIFIER.classify("you and the company agree that any dispute shall be resolved through final"
                        + " and binding arbitration , and you waive any right to a class action ."))
                .contains("A");
    }

    @Test
    void flagsTerminationAtTheProvidersDiscretion() {
        assertThat(CLASSIFIER.classify(
                        "we may terminate or suspend your account at any time , for any reason , without notice ."))
                .contains("TER");
    }

    @Test
    void flagsNothingInANeutralSentence() {
        assertThat(CLASSIFIER.classify("if you have questions about these terms , please contact our support team ."))
                .isEmpty();
        assertThat(CLASSIFIER.classify("")).isEmpty();
    }

    @Test
    void returnsCodesInTheFixedOrder() {
        String many = "In no event shall we be liable for any damages. These terms are governed by the laws of"
                + " Ireland and the courts of Dublin have exclusive jurisdiction. We may terminate your account at"
                + " any time. By using the service you agree to these terms.";
        List<String> codes = CLASSIFIER.classify(many);
        assertThat(codes).hasSizeGreaterThan(3).contains("LTD", "TER");
        assertThat(codes)
                .isSortedAccordingTo((a, b) -> Integer.compare(
                        UnfairKind.valueOf(a).ordinal(), UnfairKind.valueOf(b).ordinal()));
    }

    @Test
    void givesTheSameLabelsForTheSameInputAcrossCallsAndLoads() throws IOException {
        UnfairClauseClassifier fresh;
        try (InputStream in = UnfairClauseClassifier.class.getResourceAsStream(UnfairClauseClassifier.MODEL)) {
            fresh = new UnfairClauseClassifier(UnfairModel.read(in, UnfairClauseClassifier.MODEL));
        }
        String sentence = "we reserve the right to modify these terms at any time and your continued use of the"
                + " service constitutes acceptance of the revised terms .";
        List<String> first = CLASSIFIER.classify(sentence);
        assertThat(first).isNotEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(CLASSIFIER.classify(sentence)).isEqualTo(first);
            assertThat(fresh.classify(sentence)).isEqualTo(first);
        }
    }

    @Test
    void readsRealTextAsTheTokenisedTrainingSentences() {
        String real = "We DON'T guarantee the Service; in no event shall Acme be liable for indirect damages, and you"
                + " cannot bring a class action.";
        String tokenised = "we do n't guarantee the service ; in no event shall acme be liable for indirect damages ,"
                + " and you can not bring a class action .";
        assertThat(CLASSIFIER.classify(real)).contains("LTD").isEqualTo(CLASSIFIER.classify(tokenised));
    }

    @Test
    void showsTheMatchedCuePhrasesAsEvidence() {
        assertThat(CLASSIFIER.evidence("The Service is provided \"AS IS\"; in no event shall we be liable."))
                .contains("LTD: as is", "LTD: in no event");
    }
}
