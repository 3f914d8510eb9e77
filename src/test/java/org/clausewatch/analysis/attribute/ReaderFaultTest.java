package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A reader that fails on a provision costs that provision its own findings, not the others' nor the document. */
class ReaderFaultTest {
    private static final Passage PASSAGE = new AttributeReader(Lexicon.load())
            .passage("You grant us a licence to host your content.", Optional.empty());

    @Test
    void aFailingReaderDropsWhatItAddedAndKeepsWhatOthersFound() {
        List<Attribute> found = new ArrayList<>();
        Attribute before = new Attribute(Names.LICENCE_GRANTEE, "provider", "You grant us", 0, 12);
        found.add(before);
        AttributeReader.guarded("training", PASSAGE, found, () -> {
            found.add(new Attribute(Names.TRAINING_USE, "uses", "licence", 15, 22));
            // what a malformed span does in a reader: the attribute refuses to exist
            found.add(new Attribute(Names.TRAINING_DATA, "content", "content", 40, 30));
        });
        assertThat(found).containsExactly(before);
    }

    @Test
    void aReaderThatSucceedsKeepsItsFindings() {
        List<Attribute> found = new ArrayList<>();
        Attribute use = new Attribute(Names.TRAINING_USE, "uses", "licence", 15, 22);
        AttributeReader.guarded("training", PASSAGE, found, () -> found.add(use));
        assertThat(found).containsExactly(use);
    }
}
