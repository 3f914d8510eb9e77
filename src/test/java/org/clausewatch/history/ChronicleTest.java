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

    private static final String BASE = "# Terms\n\nUpdated: 2 March 2026\n\nYou keep your content. Read the [rules]"
            + "(https://example.org/rules?session=%s).\n\nWe may end your account for any reason.\n\n";
    private static final String ARBITRATION = "## Arbitration notice\n\nIf you live in the United States, disputes go"
            + " to binding individual arbitration.\n\nYou may opt out of arbitration within thirty days by writing to"
            + " us.\n";

    /** The versions read one after the other, a day apart, each knowing the ones before it. */
    private List<Chronicle.Revision> history(String... versions) {
        List<Chronicle.Revision> revisions = new java.util.ArrayList<>();
        Optional<Chronicle.Previous> previous = Optional.empty();
        for (String version : versions) {
            LineageIds ids = ids();
            Chronicle.Revision revision = chronicle.revise(previous, version, Set.of(), ids);
            revisions.add(revision);
            previous = Optional.of(Chronicle.Previous.after(previous, revision, Sha256.of(version), clock));
        }
        return revisions;
    }

    private static String lineageOf(Chronicle.Revision revision, String textStart) {
        return revision.provisions().stream()
                .filter(p -> p.provision().text().startsWith(textStart))
                .findFirst()
                .orElseThrow()
                .lineageId();
    }

    @Test
    void aRegionalBlockShownOnAlternateCapturesIsAFlipBackEvenWhenTheRestMoved() {
        List<Chronicle.Revision> revisions = history(
                BASE.formatted("a1") + ARBITRATION,
                BASE.formatted("b2").replace("2 March", "3 March"),
                BASE.formatted("c3").replace("2 March", "4 March") + ARBITRATION,
                BASE.formatted("d4").replace("2 March", "5 March"));

        assertThat(revisions.get(1).oscillation())
                .as("the first removal cannot be told yet")
                .isFalse();
        ChangeRecord back = revisions.get(2).change().orElseThrow();
        assertThat(back.flags()).contains(ChangeRecord.Flag.OSCILLATION);
        assertThat(back.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(back.items())
                .filteredOn(i -> i.kind() == ChangeItem.Kind.ADDED)
                .hasSize(2)
                .allSatisfy(item -> {
                    assertThat(item.reason()).endsWith("flip-back");
                    assertThat(item.summary()).contains("flip-back, as on");
                });
        assertThat(lineageOf(revisions.get(2), "If you live"))
                .as("the block takes up its old lineage")
                .isEqualTo(lineageOf(revisions.get(0), "If you live"));
        assertThat(revisions.get(3).change().orElseThrow().flags()).contains(ChangeRecord.Flag.OSCILLATION);
    }

    @Test
    void aRealChangeBesideAFlipBackKeepsTheChangeOutOfOscillation() {
        List<Chronicle.Revision> revisions = history(
                BASE.formatted("a1") + ARBITRATION,
                BASE.formatted("b2"),
                BASE.formatted("c3").replace("for any reason", "at any time without notice") + ARBITRATION);

        ChangeRecord change = revisions.get(2).change().orElseThrow();
        assertThat(change.flags()).doesNotContain(ChangeRecord.Flag.OSCILLATION);
        assertThat(change.items())
                .filteredOn(i -> i.kind() == ChangeItem.Kind.MODIFIED && i.significance() == Significance.SUBSTANTIVE)
                .singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo("wording"));
        assertThat(change.items())
                .filteredOn(i -> i.kind() == ChangeItem.Kind.ADDED)
                .allSatisfy(item -> assertThat(item.reason()).endsWith("flip-back"));
    }

    @Test
    void aSectionRolledBackDaysAfterItWasRewrittenTakesUpItsOldLineages() {
        String rewritten = BASE.formatted("a1")
                + "## Disputes\n\nAll claims are settled by the courts of Dublin under Irish law.\n";
        List<Chronicle.Revision> revisions =
                history(BASE.formatted("a1") + ARBITRATION, rewritten, BASE.formatted("a1") + ARBITRATION);

        assertThat(lineageOf(revisions.get(2), "You may opt out"))
                .isEqualTo(lineageOf(revisions.get(0), "You may opt out"));
        assertThat(revisions.get(2).oscillation()).isTrue();
    }

    @Test
    void aLongProvisionRewrittenInAnotherDocumentIsAMoveWithItsRedline() {
        String clause = "We share your email address and your payment history with our payment processor so that it"
                + " can prevent fraud and settle your purchases.";
        Chronicle.Revision one = first(V1);
        Chronicle.Revision two =
                chronicle.revise(Optional.of(previous(one, V1)), V1 + "\n" + clause + "\n", Set.of(), ids());
        Elsewhere removed = new Elsewhere(
                "privacy-1",
                "Privacy Policy",
                List.of("Sharing"),
                "To prevent fraud and settle your purchases, we share your email address and payment history with"
                        + " our payment processor.");

        Chronicle.Revision moved = chronicle.acrossDocuments(two, List.of(removed), List.of());

        ChangeItem item = moved.change().orElseThrow().items().getFirst();
        assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MOVED);
        assertThat(item.before()).contains(removed.text());
        assertThat(item.redline()).isNotEmpty();
        assertThat(item.summary()).contains("from the Privacy Policy");
    }

    private static final List<String> CLAUSES = List.of(
            "You may use Twitter only if you agree to form a binding contract with us.",
            "You are responsible for your use of the Services and for any Content you provide.",
            "You grant us a worldwide, non-exclusive, royalty-free license to use your Content.",
            "We may suspend or terminate your account if you violate these Terms.",
            "The Services are available as-is and we make no warranty about them.",
            "These Terms are governed by the laws of the State of California.");

    private static String clauses(java.util.function.UnaryOperator<String> edit) {
        return String.join("\n\n", CLAUSES.stream().map(edit).toList()) + "\n";
    }

    /**
     * The upcoming terms shown above the current ones, then alone: the older provisions continue into the new wording
     * (modified, with a redline where the meaning changed) and the upcoming copy's own lineages end as cosmetic.
     */
    @Test
    void anUpcomingPolicyShownBesideTheCurrentOneContinuesItsLineagesWhenItTakesOver() {
        java.util.function.UnaryOperator<String> upcoming = c -> c.replace("Twitter", "X")
                .replace("to use your Content", "to use your Content, including to train our models");
        List<Chronicle.Revision> revisions = history(
                "# Terms\n\n" + clauses(c -> c),
                "# Terms\n\nUpdated: 1 March 2026\n\n" + clauses(c -> c),
                "# Terms\n\nUpdated: 1 March 2026\n\n## Upcoming terms\n\n" + clauses(upcoming)
                        + "\n## Current terms\n\n" + clauses(c -> c),
                "# Terms\n\nUpdated: 1 March 2026\n\n## Upcoming terms\n\n" + clauses(upcoming));

        assertThat(revisions.get(2).change().orElseThrow().items())
                .extracting(ChangeItem::kind)
                .contains(ChangeItem.Kind.ADDED)
                .doesNotContain(ChangeItem.Kind.MODIFIED, ChangeItem.Kind.REMOVED);
        ChangeRecord takeover = revisions.get(3).change().orElseThrow();
        assertThat(takeover.items())
                .filteredOn(i -> i.kind() == ChangeItem.Kind.MODIFIED)
                .hasSize(2)
                .anySatisfy(item -> {
                    assertThat(item.lineageId()).isEqualTo(lineageOf(revisions.get(0), "You grant us"));
                    assertThat(item.redline())
                            .anySatisfy(r -> assertThat(r.text()).contains("train our models"));
                    assertThat(item.significance()).isEqualTo(Significance.SUBSTANTIVE);
                });
        assertThat(takeover.items())
                .filteredOn(i -> i.kind() == ChangeItem.Kind.REMOVED)
                .hasSize(CLAUSES.size())
                .allSatisfy(item -> assertThat(item.significance()).isEqualTo(Significance.COSMETIC));
    }

    @Test
    void withoutEarlierVersionsTheCopiesAreNotToldApart() {
        java.util.function.UnaryOperator<String> upcoming =
                c -> c.replace("Twitter", "X").replace(".", " at all times.");
        List<Chronicle.Revision> revisions = history(
                "# Terms\n\n## Upcoming terms\n\n" + clauses(upcoming) + "\n## Current terms\n\n" + clauses(c -> c),
                "# Terms\n\n## Upcoming terms\n\n" + clauses(upcoming));

        assertThat(revisions.get(1).change().orElseThrow().items())
                .extracting(ChangeItem::kind)
                .containsOnly(ChangeItem.Kind.REMOVED);
    }

    @Test
    void aSectionShownTwiceAndThenOnceWithoutAnyRewordingStaysAChangeOfText() {
        String section = "## Civic misinformation\n\n" + clauses(c -> c);
        List<Chronicle.Revision> revisions = history(
                "# Guidelines\n\n" + section,
                "# Guidelines\n\n" + section + "\n" + section.replace("##", "###"),
                "# Guidelines\n\n" + section);

        assertThat(revisions.get(2).change().orElseThrow().items())
                .filteredOn(i -> i.kind() == ChangeItem.Kind.REMOVED)
                .hasSize(CLAUSES.size())
                .allSatisfy(item -> assertThat(item.reason()).doesNotStartWith("a copy"));
    }
}
