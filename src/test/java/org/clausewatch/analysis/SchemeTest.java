package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeTest {
    @Test
    void namesSchemesAsTheCommandLineDoes() {
        assertThat(Scheme.of("topics")).isEqualTo(Scheme.TOPICS);
        assertThat(Scheme.of("unfair-tos")).isEqualTo(Scheme.UNFAIR_TOS);
        assertThatThrownBy(() -> Scheme.of("topic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown scheme 'topic'; known: topics, unfair-tos");
    }

    @Test
    void unfairSchemeGivesTheUnfairClassifiersKindsWithTheirCues() {
        String text = "In no event shall the company be liable for any indirect or consequential damages.";
        List<Label> labels = Scheme.UNFAIR_TOS.classifier().classify(text);
        assertThat(labels)
                .extracting(Label::code)
                .isEqualTo(UnfairClauseClassifier.load().classify(text));
        assertThat(labels).extracting(Label::code).contains("LTD");
        assertThat(labels).allSatisfy(label -> assertThat(label.confidence()).isEqualTo(1.0));
        assertThat(labels.stream()
                        .filter(l -> l.code().equals("LTD"))
                        .findFirst()
                        .orElseThrow()
                        .evidence())
                .contains("in no event");
        assertThat(Scheme.UNFAIR_TOS.classifier().decide(text))
                .extracting(Label::code)
                .isEqualTo(labels.stream().map(Label::code).toList());
    }

    @Test
    void labelsRejectAConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new Label("F1", 1.2, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("F1")
                .hasMessageContaining("1.2");
    }
}
