package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.TopicClassifier;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;

/** The topic classifier's labels plug into the analyst as they are: the pipeline's order of work. */
class TopicsToAnalysisTest {
    @Test
    void classifiedTopicsFeedTheAnalysis() {
        String text = "We may use your conversations to train our models. You can opt out at any time in your data"
                + " controls settings.";
        Set<String> topics =
                TopicClassifier.load().classify(text).stream().map(Label::code).collect(Collectors.toSet());
        Analysis analysis = Analyst.load().analyse("Example AI", text, topics);
        assertThat(analysis.topics()).containsAll(topics).contains("F1", "F2");
        assertThat(analysis.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(analysis.attributeMap())
                .containsExactly(
                        Map.entry("training.use", List.of("uses")),
                        Map.entry("training.data", List.of("conversations")),
                        Map.entry("training.optOut", List.of("available")),
                        Map.entry("training.optOutRoute", List.of("account-settings")));
    }
}
