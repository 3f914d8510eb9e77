package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.api.Test;

class ProviderNamesTest {
    private static ProviderNames parse(String text) throws IOException {
        return ProviderNames.parse(new BufferedReader(new StringReader(text)));
    }

    private static LabelledSentence sentence(String text, String company) {
        return new LabelledSentence(text, Set.of(UnfairKind.TER), company);
    }

    @Test
    void replacesTheLongerNameFirstAndKeepsKindsAndCompany() throws IOException {
        ProviderNames names = parse("LindenLab: linden, linden lab\n");
        LabelledSentence masked =
                names.mask(sentence("Linden Lab may terminate your account; Linden's decision is final.", "LindenLab"));
        assertThat(masked.text()).isEqualTo("company may terminate your account company s decision is final");
        assertThat(masked.kinds()).containsExactly(UnfairKind.TER);
        assertThat(masked.company()).isEqualTo("LindenLab");
    }

    @Test
    void masksOnlyTheSentencesOwnCompanyAndWholeWords() throws IOException {
        ProviderNames names = parse("Skype: skype, microsoft\nGoogle: google\n");
        LabelledSentence sentence = sentence("Skype may use Google Maps and skyped files.", "Google");
        assertThat(names.mask(sentence).text()).isEqualTo("skype may use company maps and skyped files");
        LabelledSentence untouched = sentence("You may cancel at any time.", "Skype");
        assertThat(names.mask(untouched)).isSameAs(untouched);
    }

    @Test
    void refusesACompanyWithoutNamesNamingIt() throws IOException {
        ProviderNames names = parse("Skype: skype\n");
        assertThatThrownBy(() -> names.mask(sentence("we may terminate", "Tinder")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("company 'Tinder' has no provider names in provider-names.txt");
    }

    @Test
    void rejectsANameNotInTheTrainingTokenisationNamingTheLine() {
        assertThatThrownBy(() -> parse("# names\nBooking: booking.com\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("provider-names.txt line 2: name 'booking.com' is not lower-case words separated by"
                        + " single spaces");
    }

    @Test
    void rejectsACompanyListedTwice() {
        assertThatThrownBy(() -> parse("Skype: skype\nSkype: microsoft\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("provider-names.txt line 2: company 'Skype' is listed twice");
    }

    @Test
    void theShippedListNamesEveryCompanyOfBothSplits() throws IOException {
        Path folder = Corpus.root().resolve("labelled/unfair-tos");
        ProviderNames names = ProviderNames.load();
        for (String split : List.of("train.jsonl", "validation.jsonl")) {
            for (LabelledSentence sentence : UnfairTosCorpus.read(folder.resolve(split))) {
                assertThat(names.mask(sentence).company()).isEqualTo(sentence.company());
            }
        }
    }
}
