package org.clausewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Sha256;
import org.junit.jupiter.api.Test;

class ChronicleTest {
    private static final String V1 = "# Terms\n\nYou keep your content.\n\nWe may end your account for any reason.\n\n"
            + "We keep logs for 30 days.\n";
    private static final String V2 = "# Terms\n\nYou keep your content.\n\nWe may end your account at any time for any "
            + "reason.\n\nWe keep logs for 30 days.\n";

    private final Chronicle chronicle = new Chronicle();

    private Chronicle.Revision first(String markdown) {
        return chronicle.revise(Optional.empty(), markdown, Set.of(), ids());
    }

    private Instant clock = Instant.parse("2024-01-01T00:00:00Z");

    /** Lineage ids as tracking hands them out: one supplier per version, seeded by its capture time. */
    private LineageIds ids() {
        clock = clock.plusSeconds(86_400);
        return new LineageIds("Example", "Terms of Service", clock);
    }

    private static Chronicle.Previous previous(Chronicle.Revision revision, String... versions) {
        return new Chronicle.Previous(
                revision.provisions(),
                List.of(versions).stream().map(Sha256::of).toList());
    }

    @Test
    void aFirstVersionHasProvisionsAndNoChange() {
        Chronicle.Revision revision = first(V1);
        assertThat(revision.provisions()).hasSize(3);
        assertThat(revision.change()).isEmpty();
    }

    @Test
    void aRewordedProvisionKeepsItsLineageAndMakesOneModifiedItem() {
        Chronicle.Revision one = first(V1);
        Chronicle.Revision two = chronicle.revise(Optional.of(previous(one, V1)), V2, Set.of(), ids());
        assertThat(two.provisions().get(1).lineageId())
                .isEqualTo(one.provisions().get(1).lineageId());
        ChangeRecord change = two.change().orElseThrow();
        assertThat(change.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MODIFIED);
            assertThat(item.significance()).isEqualTo(Significance.SUBSTANTIVE);
        });
        assertThat(two.oscillation()).isFalse();
    }

    @Test
    void aFlipBackIsAnOscillationThatKeepsItsSignificanceAndCarriesTheGivenFlags() {
        Chronicle.Revision one = first(V1);
        Chronicle.Revision two = chronicle.revise(Optional.of(previous(one, V1)), V2, Set.of(), ids());
        Chronicle.Revision back =
                chronicle.revise(Optional.of(previous(two, V1, V2)), V1, Set.of(ChangeRecord.Flag.IMPORTED), ids());
        assertThat(back.oscillation()).isTrue();
        ChangeRecord change = back.change().orElseThrow();
        assertThat(change.flags()).containsExactlyInAnyOrder(ChangeRecord.Flag.OSCILLATION, ChangeRecord.Flag.IMPORTED);
        assertThat(change.significance()).isEqualTo(Significance.SUBSTANTIVE);
    }

    @Test
    void anAddedProvisionRemovedFromAnotherDocumentBecomesAMoveFromIt() {
        String withSharing = V1 + "\nWe share your email address with our payment processor.\n";
        Chronicle.Revision one = first(V1);
        Chronicle.Revision two = chronicle.revise(Optional.of(previous(one, V1)), withSharing, Set.of(), ids());
        String added = two.change().orElseThrow().items().getFirst().lineageId();
        Elsewhere removed = new Elsewhere(
                "privacy-1",
                "Privacy Policy",
                List.of("Privacy"),
                "We share your email address with our payment processor.");
        Elsewhere unrelated =
                new Elsewhere("privacy-2", "Privacy Policy", List.of(), "We use cookies to remember you.");

        Chronicle.Revision moved = chronicle.acrossDocuments(two, List.of(unrelated, removed), List.of());

        ChangeItem item = moved.change().orElseThrow().items().getFirst();
        assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MOVED);
        assertThat(item.significance()).isEqualTo(Significance.MINOR);
        assertThat(item.summary()).contains("from the Privacy Policy", "text unchanged");
        assertThat(moved.change().orElseThrow().significance()).isEqualTo(Significance.MINOR);
        assertThat(moved.documentMoves()).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo("privacy-1");
            assertThat(move.to()).isEqualTo(added);
        });
    }

    @Test
    void aRemovedProvisionAddedElsewhereWithOtherFormattingIsAMoveGradedByItsWords() {
        String withSharing = V1 + "\nWe share your email address with our payment processor.\n";
        Chronicle.Revision one = first(withSharing);
        Chronicle.Revision two = chronicle.revise(Optional.of(previous(one, withSharing)), V1, Set.of(), ids());
        Elsewhere added = new Elsewhere(
                "privacy-9",
                "Privacy Policy",
                List.of(),
                "We share your **email address** with our [payment processor](https://example.com/pay).");

        Chronicle.Revision moved = chronicle.acrossDocuments(two, List.of(), List.of(added));

        ChangeItem item = moved.change().orElseThrow().items().getFirst();
        assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MOVED);
        assertThat(item.after()).contains(added.text());
        assertThat(item.redline()).isNotEmpty();
        assertThat(item.significance()).isNotEqualTo(Significance.SUBSTANTIVE);
        assertThat(moved.documentMoves())
                .singleElement()
                .satisfies(move -> assertThat(move.to()).isEqualTo("privacy-9"));
    }

    @Test
    void aShortFragmentLeavingOneDocumentForAnotherIsNotAMove() {
        String withFurniture = V1 + "\nSelect language\n";
        Chronicle.Revision one = first(V1);
        Chronicle.Revision two = chronicle.revise(Optional.of(previous(one, V1)), withFurniture, Set.of(), ids());
        Elsewhere furniture = new Elsewhere("privacy-4", "Privacy Policy", List.of(), "Select language");
        Chronicle.Revision same = chronicle.acrossDocuments(two, List.of(furniture), List.of());
        assertThat(same.documentMoves()).isEmpty();
        assertThat(same.change()).isEqualTo(two.change());
    }

    @Test
    void parallelBoilerplateInAnotherDocumentIsNotAMove() {
        String withLanguage = V1 + "\nThese Terms are written in English and may be translated into other languages.\n";
        Chronicle.Revision one = first(V1);
        Chronicle.Revision two = chronicle.revise(Optional.of(previous(one, V1)), withLanguage, Set.of(), ids());
        Elsewhere parallel = new Elsewhere(
                "privacy-3",
                "Privacy Policy",
                List.of(),
                "This Policy is written in English and may be translated into other languages.");
        Chronicle.Revision same = chronicle.acrossDocuments(two, List.of(parallel), List.of());
        assertThat(same.change().orElseThrow().items().getFirst().kind()).isEqualTo(ChangeItem.Kind.ADDED);
        assertThat(same.documentMoves()).isEmpty();
    }

    @Test
    void nothingMovesWhenNoOtherDocumentHasTheText() {
        String withSharing = V1 + "\nWe share your email address with our payment processor.\n";
        Chronicle.Revision one = first(V1);
        Chronicle.Revision two = chronicle.revise(Optional.of(previous(one, V1)), withSharing, Set.of(), ids());
        Elsewhere unrelated =
                new Elsewhere("privacy-2", "Privacy Policy", List.of(), "We use cookies to remember you.");
        Chronicle.Revision same = chronicle.acrossDocuments(two, List.of(unrelated), List.of(unrelated));
        assertThat(same.change()).isEqualTo(two.change());
        assertThat(same.documentMoves()).isEmpty();
    }
}
