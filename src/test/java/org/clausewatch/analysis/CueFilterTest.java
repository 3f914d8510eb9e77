package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.api.Test;

class CueFilterTest {
    @Test
    void triesACueOnlyWhenOneLiteralOfEachOfItsRequirementsOccurs() {
        CueFilter filter = new CueFilter(List.of(
                List.of(List.of("we ", "company"), List.of("terminate", "suspend")),
                List.of(List.of("arbitrat")),
                List.of()));
        assertThat(filter.candidates("we may suspend your account")).containsExactly(true, false, true);
        assertThat(filter.candidates("we may close your account")).containsExactly(false, false, true);
        assertThat(filter.candidates("binding arbitration")).containsExactly(false, true, true);
        assertThat(filter.candidates("")).containsExactly(false, false, true);
    }

    @Test
    void findsLiteralsThatOverlapOrEndInsideLongerOnes() {
        CueFilter filter = new CueFilter(List.of(
                List.of(List.of("she")), List.of(List.of("he")), List.of(List.of("hers")), List.of(List.of("his"))));
        assertThat(filter.candidates("ushers")).containsExactly(true, true, true, false);
        assertThat(filter.candidates("this")).containsExactly(false, false, false, true);
    }

    @Test
    void agreesWithContainsOnEveryLiteralOfTheShippedCuesOverRealProvisions() throws IOException {
        List<List<List<String>>> requirements = new ArrayList<>();
        TopicCues cues = TopicCues.load(Taxonomy.load());
        for (TopicCues.Cue cue : cues.cues()) {
            requirements.add(RequiredLiterals.all(cue.pattern().pattern()));
        }
        CueFilter filter = new CueFilter(requirements);
        for (String text : RealProvisions.latestParagraphs(Corpus.ota()).subList(0, 2_000)) {
            String words = String.join(" ", FeatureHasher.tokens(text));
            boolean[] candidates = filter.candidates(words);
            for (int i = 0; i < requirements.size(); i++) {
                boolean expected = requirements.get(i).stream()
                        .allMatch(literals -> literals.stream().anyMatch(words::contains));
                assertThat(candidates[i]).as("cue %d on %s", i, words).isEqualTo(expected);
            }
        }
    }

    @Test
    void prefilteredTopicCuesFindExactlyWhatTheFullScanFinds() throws IOException {
        TopicCues cues = TopicCues.load(Taxonomy.load());
        int hits = 0;
        for (String text : RealProvisions.latestParagraphs(Corpus.ota()).subList(0, 2_000)) {
            String words = String.join(" ", FeatureHasher.tokens(text));
            List<TopicCues.Hit> found = cues.find(words);
            assertThat(found).as(words).isEqualTo(fullScan(cues, words));
            hits += found.size();
        }
        assertThat(hits).isGreaterThan(100);
    }

    private static List<TopicCues.Hit> fullScan(TopicCues cues, String words) {
        List<TopicCues.Hit> hits = new ArrayList<>();
        for (TopicCues.Cue cue : cues.cues()) {
            Matcher matcher = cue.pattern().matcher(words);
            if (matcher.find()) {
                hits.add(new TopicCues.Hit(cue, matcher.group()));
            }
        }
        return hits;
    }
}
