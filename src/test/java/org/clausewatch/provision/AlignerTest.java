package org.clausewatch.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AlignerTest {
    private final Segmenter segmenter = new Segmenter();
    private final Aligner aligner = new Aligner();
    private final AtomicInteger counter = new AtomicInteger();
    private final Supplier<String> ids = () -> "L" + counter.incrementAndGet();

    private List<LineagedProvision> first(String markdown) {
        return aligner.align(List.of(), segmenter.segment(markdown), ids).provisions();
    }

    private Alignment next(List<LineagedProvision> previous, String markdown) {
        return aligner.align(previous, segmenter.segment(markdown), ids);
    }

    private static String idOf(List<LineagedProvision> provisions, String textStart) {
        return provisions.stream()
                .filter(p -> p.provision().text().startsWith(textStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no provision starting with " + textStart))
                .lineageId();
    }

    @Test
    void mintsIdsForAFirstVersionAndKeepsThemForIdenticalProvisions() {
        List<LineagedProvision> v1 = first("Alpha clause here.\n\nBeta clause here.");
        Alignment v2 = next(v1, "Alpha clause here.\n\nBeta clause here.\n\nGamma is new.");

        assertThat(v1).extracting(LineagedProvision::lineageId).containsExactly("L1", "L2");
        assertThat(v2.provisions()).extracting(LineagedProvision::lineageId).containsExactly("L1", "L2", "L3");
        assertThat(v2.matches())
                .extracting(Alignment.Match::stage)
                .containsExactly(Alignment.Stage.IDENTICAL, Alignment.Stage.IDENTICAL);
    }

    @Test
    void keepsTheIdOfAProvisionWhoseFormattingOrLinkChanged() {
        List<LineagedProvision> v1 = first("Read the [Privacy Policy](https://a.example/?did=1) before use.");
        Alignment v2 = next(v1, "Read the **[privacy policy](https://a.example/?did=2)** before use!");

        assertThat(v2.provisions().get(0).lineageId()).isEqualTo(v1.get(0).lineageId());
        assertThat(v2.matches().get(0).stage()).isEqualTo(Alignment.Stage.NORMALISED);
    }

    @Test
    void keepsTheIdOfARewordedProvision() {
        List<LineagedProvision> v1 = first("Other text that stays.\n\nWe keep your personal data for as long as your "
                + "account is open and for thirty days after you close it, unless the law requires longer.");
        Alignment v2 = next(
                v1,
                "We keep your personal data for as long as your account is open and for ninety days "
                        + "after you close it, unless the law requires longer.\n\nOther text that stays.");

        assertThat(idOf(v2.provisions(), "We keep")).isEqualTo(idOf(v1, "We keep"));
        assertThat(v2.matches()).extracting(Alignment.Match::stage).contains(Alignment.Stage.SIMILAR);
    }

    @Test
    void givesTwoSimilarClausesEachTheirOwnBestMatch() {
        String a = "You may cancel your subscription at any time in your account settings page online.";
        String b = "You may cancel your order at any time before it ships by contacting our support team.";
        List<LineagedProvision> v1 = first(a + "\n\n" + b);
        Alignment v2 = next(
                v1,
                b.replace("support team", "support staff") + "\n\n" + a.replace("settings page", "settings screen"));

        assertThat(idOf(v2.provisions(), "You may cancel your order")).isEqualTo(idOf(v1, "You may cancel your order"));
        assertThat(idOf(v2.provisions(), "You may cancel your subscription"))
                .isEqualTo(idOf(v1, "You may cancel your subscription"));
    }

    @Test
    void keepsIdsWhenHeadingsAreRenumberedAndSectionsReordered() {
        List<LineagedProvision> v1 = first("## 4. Content\n\nYou own your content.\n\n## 5. Fees\n\nYou pay the fees.");
        Alignment v2 = next(v1, "## 5. Fees\n\nYou pay the fees.\n\n## 6. Content\n\nYou own your content.");

        assertThat(idOf(v2.provisions(), "You own")).isEqualTo(idOf(v1, "You own"));
        assertThat(idOf(v2.provisions(), "You pay")).isEqualTo(idOf(v1, "You pay"));
    }

    /** Real pairs from the shared corpus that shingles missed: they became a removal and an addition. */
    @Test
    void keepsTheIdOfAProvisionRewrittenAroundTheSameWords() {
        List<LineagedProvision> v1 =
                first("## 4. Be Authentic\n\nSelling, transferring, or sharing verified accounts.\n\n"
                        + "By providing Content to the Service, you grant to YouTube a worldwide, non-exclusive, royalty-free,"
                        + " transferable, sublicensable licence to use that Content.\n\nUpdated: March 13, 2026");
        Alignment v2 = next(
                v1,
                "Updated: 13 March 2026\n\n## 3. Be Authentic\n\nSelling, transferring, or sharing accounts.\n\n"
                        + "By providing Content to the Service, you grant to YouTube a worldwide, non-exclusive,"
                        + " royalty-free, sublicensable and transferable license to use that Content for training.");

        assertThat(idOf(v2.provisions(), "Selling")).isEqualTo(idOf(v1, "Selling"));
        assertThat(idOf(v2.provisions(), "By providing")).isEqualTo(idOf(v1, "By providing"));
        assertThat(idOf(v2.provisions(), "Updated")).isEqualTo(idOf(v1, "Updated"));
        assertThat(v2.matches()).extracting(Alignment.Match::stage).contains(Alignment.Stage.REWORDED);
    }

    @Test
    void keepsEachRegionalCopyOnItsOwnLineageWhenBothAreRewritten() {
        List<LineagedProvision> v1 = first("## Outside the EEA\n\nWe may change these Terms from time to time and will"
                + " tell you in advance by email.\n\n## In the EEA\n\nWe may change these Terms from time to time and"
                + " will tell you thirty days in advance by email.");
        Alignment v2 = next(
                v1,
                "## In the EEA\n\nFrom time to time we may change these Terms; we will tell you by email thirty days"
                        + " in advance.\n\n## Outside the EEA\n\nFrom time to time we may change these Terms; we will"
                        + " tell you by email in advance.");

        assertThat(idOf(v2.provisions(), "From time to time we may change these Terms; we will tell you by email in"))
                .isEqualTo(v1.get(0).lineageId());
        assertThat(idOf(
                        v2.provisions(),
                        "From time to time we may change these Terms; we will tell you by email thirty"))
                .isEqualTo(v1.get(1).lineageId());
        assertThat(v2.matches()).extracting(Alignment.Match::stage).containsOnly(Alignment.Stage.REWORDED);
    }

    @Test
    void givesANewIdToAProvisionWithFewWordsInCommon() {
        List<LineagedProvision> v1 = first("Keep.\n\nWe sell your personal data to advertisers in many countries.");
        Alignment v2 = next(v1, "Keep.\n\nYou may delete your account and data whenever you wish.\n\nAlso new.");

        assertThat(v2.provisions())
                .extracting(LineagedProvision::lineageId)
                .doesNotContain(v1.get(1).lineageId());
    }

    @Test
    void pairsAShortRewrittenLineStandingBetweenTheSameNeighbours() {
        List<LineagedProvision> v1 = first("# Terms\n\nUpdated: November 14, 2023\n\nThese terms apply to you.");
        Alignment v2 = next(v1, "# Terms\n\nLast updated 5 January 2024\n\nThese terms apply to you.");

        assertThat(v2.provisions().get(0).lineageId()).isEqualTo(v1.get(0).lineageId());
        assertThat(v2.matches().get(0).stage()).isEqualTo(Alignment.Stage.POSITIONAL);
    }

    @Test
    void keepsTheIdOnTheLargerPartOfASplitAndRecordsTheRelation() {
        String larger = "We collect the information you give us when you create an account, including your name, "
                + "your email address, your phone number and your payment details for purchases.";
        String smaller = "We also collect the content of the messages you send to our support team.";
        List<LineagedProvision> v1 = first("Intro stays.\n\n" + larger + " " + smaller + "\n\nOutro stays.");
        Alignment v2 = next(v1, "Intro stays.\n\n" + larger + "\n\n" + smaller + "\n\nOutro stays.");

        String original = v1.get(1).lineageId();
        assertThat(idOf(v2.provisions(), "We collect")).isEqualTo(original);
        String part = idOf(v2.provisions(), "We also collect");
        assertThat(part).isNotEqualTo(original);
        assertThat(v2.relations())
                .containsExactly(new Alignment.Relation(Alignment.RelationType.SPLIT, original, part));
    }

    @Test
    void keepsTheLargerIdWhenTwoProvisionsAreMergedAndRecordsTheRelation() {
        String larger = "We collect the information you give us when you create an account, including your name, "
                + "your email address, your phone number and your payment details for purchases.";
        String smaller = "We also collect the content of the messages you send to our support team.";
        List<LineagedProvision> v1 = first("Intro stays.\n\n" + larger + "\n\n" + smaller + "\n\nOutro stays.");
        Alignment v2 = next(v1, "Intro stays.\n\n" + larger + " " + smaller + "\n\nOutro stays.");

        assertThat(v2.provisions().get(1).lineageId()).isEqualTo(idOf(v1, "We collect"));
        assertThat(v2.relations())
                .containsExactly(new Alignment.Relation(
                        Alignment.RelationType.MERGE, idOf(v1, "We also collect"), idOf(v1, "We collect")));
    }

    @Test
    void givesNewIdsToProvisionsThatContinueNothing() {
        List<LineagedProvision> v1 = first("Payment is due within thirty days.");
        Alignment v2 = next(v1, "Disputes go to the courts of Dublin, Ireland.");

        assertThat(v2.provisions().get(0).lineageId()).isNotEqualTo(v1.get(0).lineageId());
        assertThat(v2.matches()).isEmpty();
    }

    @Test
    void aligningManyVersionsInTurnKeepsEveryUnchangedId() {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clauses.add("Clause number " + i + " says something particular about topic " + (i * 7) + ".");
        }
        List<LineagedProvision> v1 = first(String.join("\n\n", clauses));
        clauses.add(25, "An inserted clause.");
        clauses.remove(10);
        Alignment v2 = next(v1, String.join("\n\n", clauses));

        for (LineagedProvision provision : v2.provisions()) {
            v1.stream()
                    .filter(old ->
                            old.provision().text().equals(provision.provision().text()))
                    .findFirst()
                    .ifPresent(old -> assertThat(provision.lineageId()).isEqualTo(old.lineageId()));
        }
        assertThat(idOf(v2.provisions(), "An inserted")).isEqualTo("L51");
    }
}
