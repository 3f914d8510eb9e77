package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {
    @Test
    void theShippedFilesLoad() {
        assertThat(Lexicon.load().entries(Cue.TRAINING)).isNotEmpty();
        assertThat(SeverityRules.load().rules())
                .extracting(SeverityRules.Rule::id)
                .contains("licence-perpetual-irrevocable-training");
        assertThat(Templates.load().notice()).contains("not a legal determination");
    }

    @Test
    void aBadPatternNamesTheFileAndLine() {
        String text = "# comment\n\ntraining\t-\t\\btrain(\n";
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", text))
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageStartingWith("lexicon.tsv line 3: bad pattern '\\btrain('");
    }

    @Test
    void anUnknownListOrAMissingValueIsRefused() {
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", "trainng\t-\ttrain\n"))
                .hasMessage("lexicon.tsv line 1: unknown list 'trainng'");
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", "licence-scope\t-\tperpetual\n"))
                .hasMessage("lexicon.tsv line 1: list 'licence-scope' needs a value, not '-'");
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", "statement\treview.humn=yes|no\treviewers\n"))
                .hasMessageContaining("line 1: statement attribute 'review.humn' is not one of");
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", "training\t-\n"))
                .hasMessage("lexicon.tsv line 1: expected 3 tab-separated fields, found 2 in 'training\t-'");
    }

    @Test
    void triggersArePlainWordsOfKnownReaders() {
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", "trigger\tlicense\tlicen\n"))
                .hasMessageStartingWith("lexicon.tsv line 1: trigger for unknown reader 'license'");
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", "trigger\tlicence\tlicen[cs]e\n"))
                .hasMessageStartingWith("lexicon.tsv line 1: trigger 'licen[cs]e' must be lower-case letters");
    }

    @Test
    void everyListMustHaveEntries() {
        assertThatThrownBy(() -> Lexicon.parse("lexicon.tsv", "training\t-\ttrain\n"))
                .hasMessage("lexicon.tsv: list 'licence-grant' has no entries");
    }

    @Test
    void aSeverityRuleWithABadConditionNamesTheLine() {
        String rule = "r1\thigh\texplicit\t0.9\tlicence.scope=perpetual & retention.dayz>30\twhy\n";
        assertThatThrownBy(() -> SeverityRules.parse("severity-rules.tsv", rule))
                .hasMessage("severity-rules.tsv line 1: condition names unknown attribute 'retention.dayz'");
        assertThatThrownBy(() -> SeverityRules.parse("severity-rules.tsv", "r1\tsevere\texplicit\t0.9\tvenue\twhy\n"))
                .hasMessage("severity-rules.tsv line 1: severity 'severe' is not low, medium, high or critical");
        assertThatThrownBy(() -> SeverityRules.parse("severity-rules.tsv", "r1\thigh\tguessed\t0.9\tvenue\twhy\n"))
                .hasMessage("severity-rules.tsv line 1: basis 'guessed' is not explicit or inferred");
        assertThatThrownBy(() -> SeverityRules.parse("severity-rules.tsv", "r1\thigh\texplicit\t1.5\tvenue\twhy\n"))
                .hasMessage("severity-rules.tsv line 1: confidence '1.5' is not a number in (0, 1]");
        assertThatThrownBy(() -> SeverityRules.parse("severity-rules.tsv", "r1\thigh\texplicit\t0.5\tvenue>3\twhy\n"))
                .hasMessage(
                        "severity-rules.tsv line 1: comparison 'venue>3' needs a numeric attribute and a whole number");
        assertThatThrownBy(() -> SeverityRules.parse(
                        "severity-rules.tsv",
                        "r1\thigh\texplicit\t0.5\tvenue\twhy\nr1\tlow\texplicit\t0.5\tvenue\twhy\n"))
                .hasMessage("severity-rules.tsv line 2: duplicate rule id 'r1'");
    }

    @Test
    void theMostSevereApplicableRuleDecidesAndTheFirstWinsATie() throws InvalidRulesException {
        SeverityRules rules = SeverityRules.parse("test.tsv", """
                short\tlow\texplicit\t0.8\tretention.days<=30\tshort
                long\tmedium\texplicit\t0.7\tretention.days>30\tlong
                also-long\tmedium\tinferred\t0.5\tretention.days>60\tlong too
                no-topic\thigh\tinferred\t0.5\t!topic=E7 & retention.days\tno topic
                """);
        List<Attribute> ninety = List.of(new Attribute("retention.days", "90", "90 days", 0, 7));
        assertThat(rules.decide(ninety, Set.of("E7")).orElseThrow().id()).isEqualTo("long");
        assertThat(rules.decide(ninety, Set.of()).orElseThrow().severity()).isEqualTo(Severity.HIGH);
        List<Attribute> ten = List.of(new Attribute("retention.days", "10", "10 days", 0, 7));
        assertThat(rules.decide(ten, Set.of("E7")).orElseThrow().id()).isEqualTo("short");
        assertThat(rules.decide(List.of(), Set.of("E7"))).isEmpty();
    }

    @Test
    void templatesAreCheckedForLabelsKindsAndPlaceholders() {
        assertThatThrownBy(() -> Templates.parse("explanations.tsv", "notice\tstandard\tNot legal advice.\n"))
                .hasMessage("explanations.tsv: no label for attribute 'licence.grantee'");
        assertThatThrownBy(() ->
                        Templates.parse("explanations.tsv", "phrase\tretention.days=30\tkeeps data {value} days\n"))
                .hasMessage("explanations.tsv line 1: placeholder {value} is not allowed in a phrase template;"
                        + " allowed: [platform]");
        assertThatThrownBy(() -> Templates.parse("explanations.tsv", "tells\tretention.days\tx\n"))
                .hasMessageStartingWith("explanations.tsv line 1: unknown template kind 'tells'");
        assertThatThrownBy(() -> Templates.parse("explanations.tsv", "label\tretention.dayz\tx\n"))
                .hasMessage("explanations.tsv line 1: label template for unknown attribute 'retention.dayz'");
    }
}
