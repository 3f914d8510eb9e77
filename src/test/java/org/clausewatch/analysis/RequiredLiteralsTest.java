package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
    @Test
    void requiresTheLongestLiteralRunOfASequence() {
        assertThat(RequiredLiterals.of("\\bin no event\\b")).containsExactly("in no event");
        assertThat(RequiredLiterals.of("\\b\\w+ law (?:will|shall) (?:apply|govern)\\b"))
                .containsExactly(" law ");
    }

    @Test
    void requiresOneOfTheBranchesOfAnAlternation() {
        assertThat(RequiredLiterals.of("\\bas is\\b|\\bas available\\b")).containsExactly("as is", "as available");
        assertThat(RequiredLiterals.of("\\b(?:indirect|consequential) damages\\b"))
                .containsExactly("indirect", "consequential");
    }

    @Test
    void dropsCharactersAndGroupsThatMayBeAbsent() {
        assertThat(RequiredLiterals.of("\\breserves? the right")).containsExactly(" the right");
        assertThat(RequiredLiterals.of("\\bwaive (?:any )?rights?")).containsExactly("waive ");
        assertThat(RequiredLiterals.of("\\barbitrat(?:ion|or|e|ed)\\b")).containsExactly("arbitrat");
    }

    @Test
    void requiresOneLiteralOfEveryCompulsoryPartOfASequence() {
        assertThat(RequiredLiterals.all(
                        "\\b(?:we|company) (?:may|can) (?:\\w+ ){0,6}(?:modify|amend) (?:\\w+ ){0,3}terms\\b"))
                .containsExactly(
                        List.of("we", "company"),
                        List.of(" "),
                        List.of("may", "can"),
                        List.of(" "),
                        List.of("modify", "amend"),
                        List.of(" "),
                        List.of("terms"));
        assertThat(RequiredLiterals.all("\\breserves? the right"))
                .containsExactly(List.of("reserve"), List.of(" the right"));
    }

    @Test
    void asksNothingOfTheTextForALookAroundButKeepsTheRestOfTheSequence() {
        assertThat(RequiredLiterals.of("\\b(?<!that )you (?:own|retain) (?:\\w+ ){0,6}(?:inputs?|outputs?)\\b"))
                .containsExactlyInAnyOrder("output", "input");
        assertThat(RequiredLiterals.all("\\bgrants? (?!you\\b)(?:\\w+ ){0,6}licen[cs]e"))
                .containsExactly(List.of("grant"), List.of(" "), List.of("licen"), List.of("e"));
        assertThat(RequiredLiterals.all("(?=terms)")).isEmpty();
    }

    @Test
    void readsAGroupThatTurnsCaseInsensitivityOffAsAPlainGroup() {
        assertThat(RequiredLiterals.all("\\b(?:we|(?-i:[A-Z])\\w+)\\s+sells?\\b"))
                .containsExactly(List.of("sell"));
        assertThat(RequiredLiterals.all("(?-i:Google) may")).containsExactly(List.of("Google"), List.of(" may"));
    }

    @Test
    void fallsBackToTheSingleRequirementForATopLevelAlternation() {
        assertThat(RequiredLiterals.all("\\bas is\\b|\\bas available\\b"))
                .containsExactly(List.of("as is", "as available"));
        assertThat(RequiredLiterals.all("\\bjams\\b|\\w+")).isEmpty();
        assertThat(RequiredLiterals.all("(?:unclosed")).isEmpty();
    }

    @Test
    void requiresNothingWhenABranchHasNoLiteralOrTheSyntaxIsUnknown() {
        assertThat(RequiredLiterals.of("\\bjams\\b|\\w+")).isEmpty();
        assertThat(RequiredLiterals.of("(?<name>we) may")).isEmpty();
        assertThat(RequiredLiterals.of("(?i:we) may")).isEmpty();
        assertThat(RequiredLiterals.of("(?:unclosed")).isEmpty();
    }

    @Test
    void prefilteredCuesFindExactlyWhatTheFullScanFinds() throws IOException {
        Cues cues = UnfairCueFile.load();
        List<String> sentences = List.of(
                "we reserve the right to modify these terms at any time",
                "in no event shall we be liable for indirect or consequential damages",
                "the service is provided as is and as available",
                "these terms are governed by the laws of the state of california",
                "irish law shall apply and the courts of dublin have exclusive jurisdiction",
                "any dispute will be resolved by binding arbitration administered by jams",
                "we may remove any content and terminate your account for any reason",
                "by using the service you agree to be bound by these terms",
                "please contact our support team with questions",
                "");
        for (String sentence : sentences) {
            assertThat(cues.find(sentence)).as(sentence).isEqualTo(fullScan(cues, sentence));
        }
        assertThat(cues.find(sentences.get(1))).extracting(Cues.Hit::code).contains("LTD");
    }

    @Test
    void cueFileWithAnUnfilterablePatternStillMatches() throws IOException {
        Cues cues = UnfairCueFile.parse(new BufferedReader(new StringReader("[LAW]\n\\b\\w+ law\n")), Set.of("LAW"));
        assertThat(cues.find("swedish law applies"))
                .extracting(Cues.Hit::matched)
                .containsExactly("swedish law");
    }

    private static List<Cues.Hit> fullScan(Cues cues, String words) {
        List<Cues.Hit> hits = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Matcher matcher = cues.cue(i).pattern().matcher(words);
            if (matcher.find()) {
                hits.add(new Cues.Hit(
                        i, cues.cue(i).code(), matcher.group(), cues.cue(i).counter()));
            }
        }
        return hits;
    }
}
