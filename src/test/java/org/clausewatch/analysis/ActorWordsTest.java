package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausewatch.knowledge.InvalidKnowledgeException;
import org.junit.jupiter.api.Test;

class ActorWordsTest {
    private static final String LISTS = "# note\n[provider]\nwe\n[user]\nyou\n[modal]\nmay\n[filler]\nsole\nn't\n";

    @Test
    void readsTheShippedListsTheModelWasTrainedWith() {
        ActorWords words = ActorWords.load();
        assertThat(words.provider()).hasSize(8).contains("we", "company", "licensor");
        assertThat(words.user()).hasSize(7).contains("you", "licensee");
        assertThat(words.modals()).hasSize(13).contains("may", "reserves", "discretion");
        assertThat(words.filler()).hasSize(37).contains("sole", "discretion", "n't", "reserves");
    }

    @Test
    void readsEachSectionsWords() throws InvalidKnowledgeException {
        ActorWords words = ActorWords.parse("a.txt", LISTS);
        assertThat(words.provider()).containsExactly("we");
        assertThat(words.user()).containsExactly("you");
        assertThat(words.modals()).containsExactly("may");
        assertThat(words.filler()).containsExactlyInAnyOrder("sole", "n't");
    }

    @Test
    void refusesAnUnknownOrRepeatedSectionNamingTheLine() {
        assertThatThrownBy(() -> ActorWords.parse("a.txt", LISTS + "[verbs]\nterminate\n"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("a.txt line 11: section 'verbs' is not one of provider, user, modal, filler");
        assertThatThrownBy(() -> ActorWords.parse("a.txt", LISTS + "[user]\nmember\n"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("a.txt line 11: section 'user' appears twice");
    }

    @Test
    void refusesAMissingSectionAWordOutsideASectionAndABadOrRepeatedWord() {
        assertThatThrownBy(() -> ActorWords.parse("a.txt", "[provider]\nwe\n[user]\nyou\n[modal]\nmay\n"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("a.txt: section 'filler' is missing or empty");
        assertThatThrownBy(() -> ActorWords.parse("a.txt", "we\n" + LISTS))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("a.txt line 1: word 'we' before any [section] line");
        assertThatThrownBy(() -> ActorWords.parse("a.txt", LISTS.replace("sole", "Sole Discretion")))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("a.txt line 9: 'Sole Discretion' is not one lower-case word");
        assertThatThrownBy(() -> ActorWords.parse("a.txt", LISTS + "sole\n"))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("a.txt line 11: 'sole' is listed twice in its section");
    }
}
