package org.clausewatch.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossDocumentMovesTest {
    private final Segmenter segmenter = new Segmenter();

    private List<LineagedProvision> lineaged(String prefix, String markdown) {
        List<Provision> provisions = segmenter.segment(markdown);
        return provisions.stream()
                .map(p -> new LineagedProvision(prefix + p.position(), p))
                .toList();
    }

    @Test
    void pairsAProvisionThatLeftOneDocumentForAnother() {
        List<LineagedProvision> removedFromTerms = lineaged(
                "terms-",
                "We use cookies to remember your settings and "
                        + "to measure how our website is used by visitors.\n\nYou must pay all fees on time.");
        List<LineagedProvision> addedToPrivacy = lineaged(
                "privacy-",
                "Unrelated new privacy text on data "
                        + "transfers.\n\nWe use cookies to remember your settings and to measure how our website is used.");

        assertThat(new CrossDocumentMoves().pair(removedFromTerms, addedToPrivacy))
                .containsExactly(new CrossDocumentMoves.Move("terms-0", "privacy-1", Alignment.Stage.SIMILAR));
    }

    @Test
    void pairsNothingByPositionAlone() {
        List<LineagedProvision> removed = lineaged("a-", "Payment is due within thirty days of invoice.");
        List<LineagedProvision> added = lineaged("b-", "Disputes go to the courts of Dublin, Ireland.");

        assertThat(new CrossDocumentMoves().pair(removed, added)).isEmpty();
    }
}
