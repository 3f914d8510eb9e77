package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralFilterTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void skipsARegionWithoutTheWordsOfEveryRequirement() {
        LiteralFilter filter = LiteralFilter.of(Pattern.compile("\\bwe\\s+(?:sell|share)\\s+your\\s+data\\b", FLAGS));
        String text = LiteralFilter.fold("We sell your data. We keep your data.");

        assertThat(filter.admits(text, 0, 18)).isTrue();
        assertThat(filter.admits(text, 19, text.length())).isFalse();
    }

    @Test
    void findsTheWordsInWhateverCaseTheyAreWritten() {
        LiteralFilter filter = LiteralFilter.of(Pattern.compile("\\bsublicen[cs]e\\b", FLAGS));
        String text = "You grant a SUBLICENSABLE licence, with the right to SubLicense it.";

        assertThat(filter.admits(LiteralFilter.fold(text), 0, text.length())).isTrue();
    }

    @Test
    void foldsTheLettersThatCaseInsensitiveMatchingCallsEqualToAsciiOnes() {
        // the Kelvin sign, a long s and a dotted capital I each match a plain ASCII letter regardless of case
        String text = "\u212Aeep \u017Fettings \u0130NPUT";
        Pattern pattern = Pattern.compile("keep settings input", FLAGS);
        LiteralFilter filter = LiteralFilter.of(pattern);

        assertThat(pattern.matcher(text).find()).isTrue();
        assertThat(filter.admits(LiteralFilter.fold(text), 0, text.length())).isTrue();
        assertThat(LiteralFilter.fold(text)).hasSameSizeAs(text);
    }

    @Test
    void neverSkipsARegionWhereALexiconPatternMatches() {
        Lexicon lexicon = Lexicon.load();
        List<String> texts = List.of(
                "We do not use your conversations to train our models unless you opt in.",
                "You grant us a worldwide, non-exclusive, royalty-free licence to use your Content.",
                "If Keep Activity is off, Google also does not use your future chats to improve its AI models.",
                "Users under 13 may not use the Services; we retain data for 30 days.",
                "WE MAY SHARE YOUR INFORMATION WITH OUR AFFILIATES AND SERVICE PROVIDERS.");
        int checked = 0;
        for (Cue cue : Cue.values()) {
            for (Lexicon.Entry entry : lexicon.entries(cue)) {
                for (String text : texts) {
                    String folded = LiteralFilter.fold(text);
                    for (int from = 0; from < text.length(); from += 7) {
                        boolean matches = entry.pattern()
                                .matcher(text)
                                .region(from, text.length())
                                .find();
                        assertThat(!matches || entry.filter().admits(folded, from, text.length()))
                                .as("%s in '%s' from %d", entry.pattern(), text, from)
                                .isTrue();
                        checked += matches ? 1 : 0;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void runsAPatternWhoseWordsItCannotFoldSimply() {
        LiteralFilter filter = LiteralFilter.of(Pattern.compile("\\bdonn\u00e9es\\b", FLAGS));

        assertThat(filter.admits("", 0, 0)).isTrue();
    }
}
