package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CuesTest {
    @Test
    void marksLinesStartingWithAnExclamationMarkAsCounterCues() throws IOException {
        Cues cues = parse("[TER]\n\\bwe may terminate\\b\n!\\byou may terminate\\b\n");
        assertThat(cues.size()).isEqualTo(2);
        assertThat(cues.cue(0).counter()).isFalse();
        assertThat(cues.cue(1).counter()).isTrue();
        assertThat(cues.cue(1).pattern().pattern()).isEqualTo("\\byou may terminate\\b");
        assertThat(cues.find("you may terminate this agreement"))
                .singleElement()
                .satisfies(hit -> assertThat(hit.counter()).isTrue());
    }

    @Test
    void rejectsAnUnknownKindNamingTheLine() {
        assertThatThrownBy(() -> parse("[XX]\nfoo\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("'XX'");
    }

    @Test
    void showsNoCounterCueAsEvidence() {
        UnfairClauseClassifier classifier = UnfairClauseClassifier.load();
        String sentence = "you may cancel your subscription at any time from your account settings .";
        assertThat(classifier.evidence(sentence)).contains("TER: at any time").noneMatch(e -> e.contains("you may"));
    }

    private static Cues parse(String text) throws IOException {
        return UnfairCueFile.parse(new BufferedReader(new StringReader(text)), Set.of("TER"));
    }
}
