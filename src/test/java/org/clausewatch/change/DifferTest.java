package org.clausewatch.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.junit.jupiter.api.Test;

class DifferTest {
    private final Differ differ = new Differ();

    /** Provisions given as "id|heading|text"; an empty heading means none. */
    private static List<LineagedProvision> version(String... entries) {
        List<LineagedProvision> provisions = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\|", 3);
            List<String> path = parts[1].isEmpty() ? List.of() : List.of(parts[1]);
            Provision provision = new Provision(
                    "k" + provisions.size(),
                    path,
                    provisions.size(),
                    0,
                    parts[2],
                    Optional.empty(),
                    Provision.Kind.PARAGRAPH);
            provisions.add(new LineagedProvision(parts[0], provision));
        }
        return provisions;
    }

    private ChangeItem onlyItem(String before, String after) {
        ChangeRecord record = differ.diff(version("a|1. Terms|" + before), version("a|1. Terms|" + after));
        assertThat(record.items()).hasSize(1);
        return record.items().get(0);
    }

    @Test
    void reportsNoItemForUnchangedProvisions() {
        ChangeRecord record = differ.diff(version("a||Same.", "b||Also same."), version("a||Same.", "b||Also same."));

        assertThat(record.items()).isEmpty();
        assertThat(record.significance()).isEqualTo(Significance.COSMETIC);
        assertThat(record.summary()).isEqualTo("no provision changed; cosmetic");
    }

    @Test
    void aChangedLinkTargetAloneIsCosmetic() {
        ChangeItem item = onlyItem(
                "See [settings](https://claude.ai/redirect/website.v1.bb56/settings) or "
                        + "[terms](https://openai.com/terms/?openaicom-did=b8ee&openaicom_referred=true).",
                "See [settings](https://claude.ai/redirect/website.v1.3692/settings) or "
                        + "[terms](https://openai.com/terms/?openaicom-did=59c2&openaicom_referred=true).");

        assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MODIFIED);
        assertThat(item.significance()).isEqualTo(Significance.COSMETIC);
        assertThat(item.redline()).extracting(Redline::op).contains(Redline.Op.DELETE, Redline.Op.INSERT);
    }

    @Test
    void whitespacePunctuationEmphasisAndInvisibleCharactersAreCosmetic() {
        ChangeItem item =
                onlyItem("You **must** keep your password secret.", "You must keep your password secret\u2060!");

        assertThat(item.significance()).isEqualTo(Significance.COSMETIC);
        assertThat(item.summary()).endsWith("cosmetic (link targets, formatting or punctuation)");
    }

    @Test
    void accessibilityPhrasesInLinkTextAreCosmetic() {
        ChangeItem item = onlyItem(
                "Read the [Help Center⁠(opens in a new window)](https://h.example/a).",
                "Read the [Help Center](https://h.example/a).");

        assertThat(item.significance()).isEqualTo(Significance.COSMETIC);
    }

    @Test
    void changedWordsAreSubstantiveWithAWordLevelRedline() {
        ChangeItem item = onlyItem("We keep your data for 30 days.", "We keep your data for 90 days.");

        assertThat(item.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(item.redline())
                .containsExactly(
                        new Redline(Redline.Op.EQUAL, "We keep your data for "),
                        new Redline(Redline.Op.DELETE, "30 "),
                        new Redline(Redline.Op.INSERT, "90 "),
                        new Redline(Redline.Op.EQUAL, "days."));
        assertThat(item.before()).contains("We keep your data for 30 days.");
        assertThat(item.after()).contains("We keep your data for 90 days.");
        assertThat(item.summary()).isEqualTo("modified in '1. Terms': 1 word inserted, 1 deleted; substantive");
    }

    @Test
    void aNewLastUpdatedDateIsMinor() {
        assertThat(onlyItem("Last updated: November 14, 2023", "Last updated: 5 January 2024")
                        .significance())
                .isEqualTo(Significance.MINOR);
        assertThat(onlyItem("Effective: May 31, 2025", "Updated: December 1, 2025")
                        .reason())
                .isEqualTo("date");
    }

    @Test
    void aChangedDurationIsSubstantiveEvenWhereADateMarkerStands() {
        ChangeItem item = onlyItem(
                "Updated terms: we delete logs after 30 days.", "Updated terms: we delete logs after 60 days.");

        assertThat(item.significance()).isEqualTo(Significance.SUBSTANTIVE);
    }

    @Test
    void renumberedCrossReferencesAndLeadingNumbersAreMinor() {
        assertThat(onlyItem("As set out in Section 4.2, you may cancel.", "As set out in Section 5.2, you may cancel.")
                        .reason())
                .isEqualTo("numbering");
        assertThat(onlyItem("4. You may cancel at any time.", "5. You may cancel at any time.")
                        .significance())
                .isEqualTo(Significance.COSMETIC);
    }

    /** Seen on real pages: a list numbered afresh ("1\\." … "34\\.") before every item of a long list. */
    @Test
    void listNumbersAddedBeforeItemsAreCosmetic() {
        List<LineagedProvision> before = new ArrayList<>();
        List<LineagedProvision> after = new ArrayList<>();
        for (int n = 1; n <= 34; n++) {
            String words = "Prohibited use number " + Integer.toString(n, 36) + " of the service.";
            before.addAll(version("p" + n + "||" + words));
            after.addAll(version("p" + n + "||" + n + "\\. " + words));
        }
        before = renumbered(before);
        after = renumbered(after);

        ChangeRecord record = differ.diff(before, after);

        assertThat(record.items()).hasSize(34);
        assertThat(record.significance()).isEqualTo(Significance.COSMETIC);
    }

    private static List<LineagedProvision> renumbered(List<LineagedProvision> provisions) {
        List<LineagedProvision> placed = new ArrayList<>();
        for (LineagedProvision p : provisions) {
            Provision provision = p.provision();
            placed.add(new LineagedProvision(
                    p.lineageId(),
                    new Provision(
                            provision.key(),
                            provision.path(),
                            placed.size(),
                            0,
                            provision.text(),
                            Optional.empty(),
                            Provision.Kind.PARAGRAPH)));
        }
        return placed;
    }

    /** Pinterest's terms, 2020-08-06: every numbered title went from a paragraph to a heading, same words. */
    @Test
    void aParagraphThatBecameAHeadingIsCosmetic() {
        ChangeRecord record = differ.diff(
                version(
                        "a|Terms of service|1\\. Our service",
                        "b|Terms of service|We provide a service to find ideas."),
                version("b|1. Our service|We provide a service to find ideas."));

        assertThat(record.items())
                .extracting(ChangeItem::kind, ChangeItem::significance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeItem.Kind.REMOVED, Significance.COSMETIC),
                        org.assertj.core.groups.Tuple.tuple(ChangeItem.Kind.MOVED, Significance.MINOR));
        assertThat(record.items().get(0).reason()).isEqualTo(Layout.HEADING);
    }

    /**
     * Discord's terms, 2022-12-08: one paragraph cut in two, the second part a provision of its own; the page had lost
     * the space between the two ("this agreement.Our right").
     */
    @Test
    void aProvisionSplitInTwoWithTheSameWordsIsCosmetic() {
        ChangeRecord record = differ.diff(
                version("a|Termination|Your right to terminate. You may stop at any time.Our right to"
                        + " terminate. We may suspend your account."),
                version(
                        "a|Termination|Your right to terminate. You may stop at any time.",
                        "b|Termination|**_Our right to terminate._** We may suspend your account."));

        assertThat(record.items()).extracting(ChangeItem::reason).containsExactly(Layout.SPLIT, Layout.SPLIT);
        assertThat(record.significance()).isEqualTo(Significance.COSMETIC);
    }

    /** Grammarly's terms, 2024-11-05: a definition merged into the paragraph after it; a real edit is still seen. */
    @Test
    void provisionsMergedWithTheSameWordsAreCosmeticButNotWithNewWords() {
        List<LineagedProvision> before =
                version("u||**User Content** refers to the text you upload.", "a||You own your User Content.");

        ChangeRecord merged = differ.diff(
                before, version("a||**User Content** refers to the text you upload. You own your User Content."));
        ChangeRecord reworded = differ.diff(
                before, version("a||**User Content** refers to the text you upload. We own your User Content."));

        assertThat(merged.items()).extracting(ChangeItem::reason).containsExactly(Layout.MERGED, Layout.MERGED);
        assertThat(merged.significance()).isEqualTo(Significance.COSMETIC);
        assertThat(reworded.significance()).isEqualTo(Significance.SUBSTANTIVE);
    }

    /** Reddit's privacy policy, 2022-07-06: two bold lines in one paragraph became two nested headings. */
    @Test
    void aParagraphThatBecameTwoNestedHeadingsIsCosmetic() {
        ChangeRecord record = differ.diff(
                version("h|Privacy|**Your Rights** **Data Subject Requests**", "a|Privacy|You may ask for your data."),
                List.of(new LineagedProvision(
                        "a",
                        new Provision(
                                "k",
                                List.of("Privacy", "Your Rights", "Data Subject Requests"),
                                0,
                                0,
                                "You may ask for your data.",
                                Optional.empty(),
                                Provision.Kind.PARAGRAPH))));

        assertThat(record.items())
                .filteredOn(i -> i.kind() == ChangeItem.Kind.REMOVED)
                .singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo(Layout.HEADING));
    }

    /** Grok's privacy policy, 2025-11-25: a broken link left "(mailto:" as text, then was mended. */
    @Test
    void aMendedBrokenMailLinkIsAContactDetail() {
        assertThat(onlyItem(
                                "You can contact our Data Protection Officer at (mailto:[privacy@x.ai](mailto:privacy@x.ai))",
                                "You can contact our Data Protection Officer at [privacy@x.ai](mailto:privacy@x.ai)")
                        .significance())
                .isNotEqualTo(Significance.SUBSTANTIVE);
        assertThat(onlyItem(
                                "Write to YouTube customer service through //support.google.com/youtube/?hl=en-US.",
                                "Write to YouTube customer service through http://www.google.com/support/youtube.")
                        .reason())
                .isEqualTo("contact details");
    }

    @Test
    void interfaceStringsAddedOrRemovedAreCosmetic() {
        ChangeRecord record = differ.diff(
                version("a||You may cancel at any time.", "b||Select language"),
                version(
                        "a||You may cancel at any time. [Copy link](https://example.com/#cancel)",
                        "c||[Download PDF](https://example.com/terms.pdf)"));

        assertThat(record.items())
                .extracting(ChangeItem::kind)
                .containsExactly(ChangeItem.Kind.MODIFIED, ChangeItem.Kind.REMOVED, ChangeItem.Kind.ADDED);
        assertThat(record.significance()).isEqualTo(Significance.COSMETIC);
    }

    @Test
    void typoAndCapitalisationFixesAreMinorButModalVerbsAreNot() {
        assertThat(onlyItem("We recieve your request.", "We receive your request.")
                        .reason())
                .isEqualTo("typo");
        assertThat(onlyItem("Use the services lawfully.", "Use the Services lawfully.")
                        .reason())
                .isEqualTo("spelling or capitalisation");
        assertThat(onlyItem("You may share content.", "You must share content.").significance())
                .isEqualTo(Significance.SUBSTANTIVE);
        assertThat(onlyItem("We will sell data.", "We will share data.").significance())
                .isEqualTo(Significance.SUBSTANTIVE);
    }

    @Test
    void changedContactDetailsAreMinor() {
        assertThat(onlyItem("Contact us at privacy@old.example.", "Contact us at dpo@new.example.")
                        .reason())
                .isEqualTo("contact details");
        assertThat(onlyItem("Call us on +1 415 555 0100.", "Call us on +1 415 555 0199.")
                        .reason())
                .isEqualTo("contact details");
        assertThat(onlyItem(
                                "OpenAI, 3180 18th Street, San Francisco, California 94110",
                                "OpenAI, 1455 3rd Street, San Francisco, CA 94158")
                        .reason())
                .isEqualTo("contact details");
    }

    @Test
    void aKnownBrandRenameIsMinor() {
        assertThat(onlyItem("Bard may give inaccurate answers.", "Gemini may give inaccurate answers.")
                        .reason())
                .isEqualTo("brand rename");
    }

    /**
     * A plan renamed inside provisions about training changes who is covered: never a brand rename there, however
     * often the same swap recurs. Elsewhere in the same change the swap stays a rename.
     */
    @Test
    void aNameSwappedInProvisionsAboutTrainingOrFeesIsSubstantive() {
        List<LineagedProvision> before = version(
                "a||Conversations on Pro or Student plans are not used for training our models.",
                "b||Fees for Pro or Student plans are billed monthly.",
                "c||Pro or Student plans include priority support.",
                "d||Members of Pro or Student get help by chat.");
        List<LineagedProvision> after = version(
                "a||Conversations on Team or Enterprise plans are not used for training our models.",
                "b||Fees for Team or Enterprise plans are billed monthly.",
                "c||Team or Enterprise plans include priority support.",
                "d||Members of Team or Enterprise get help by chat.");

        ChangeRecord record = differ.diff(before, after);

        assertThat(record.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(record.items())
                .extracting(ChangeItem::lineageId, ChangeItem::significance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", Significance.SUBSTANTIVE),
                        org.assertj.core.groups.Tuple.tuple("b", Significance.SUBSTANTIVE),
                        org.assertj.core.groups.Tuple.tuple("c", Significance.SUBSTANTIVE),
                        org.assertj.core.groups.Tuple.tuple("d", Significance.MINOR));
    }

    @Test
    void oneNameSwappedAcrossThreeProvisionsIsARenameButOnceIsNot() {
        List<LineagedProvision> before =
                version("a||Acme provides the app.", "b||Acme may end the app.", "c||You can reach Acme online.");
        List<LineagedProvision> after =
                version("a||Zeta provides the app.", "b||Zeta may end the app.", "c||You can reach Zeta online.");

        assertThat(differ.diff(before, after).significance()).isEqualTo(Significance.MINOR);
        assertThat(differ.diff(before.subList(0, 1), after.subList(0, 1)).significance())
                .isEqualTo(Significance.SUBSTANTIVE);
    }

    @Test
    void addedAndRemovedProvisionsAreSubstantiveUnlessTheyHoldOnlyADateOrNoWords() {
        ChangeRecord record = differ.diff(
                version("a||Old clause on refunds.", "b||Updated: May 2, 2024"),
                version("c||New clause on arbitration.", "d||Last updated: June 1, 2025", "e||* * *"));

        assertThat(record.items())
                .extracting(ChangeItem::kind, ChangeItem::significance)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ChangeItem.Kind.ADDED, Significance.SUBSTANTIVE),
                        org.assertj.core.groups.Tuple.tuple(ChangeItem.Kind.ADDED, Significance.MINOR),
                        org.assertj.core.groups.Tuple.tuple(ChangeItem.Kind.ADDED, Significance.COSMETIC),
                        org.assertj.core.groups.Tuple.tuple(ChangeItem.Kind.REMOVED, Significance.SUBSTANTIVE),
                        org.assertj.core.groups.Tuple.tuple(ChangeItem.Kind.REMOVED, Significance.MINOR));
        assertThat(record.significance()).isEqualTo(Significance.SUBSTANTIVE);
        ChangeItem removed = record.items().stream()
                .filter(i -> i.kind() == ChangeItem.Kind.REMOVED)
                .findFirst()
                .orElseThrow();
        assertThat(removed.before()).contains("Old clause on refunds.");
        assertThat(removed.after()).isEmpty();
    }

    @Test
    void sameTextInAnotherSectionOrOrderIsMovedAndMinorButRenumberedHeadingsAreNot() {
        List<LineagedProvision> before =
                version("a|4. Fees|You pay fees.", "b|5. Content|You own content.", "c|6. Law|Irish law applies.");
        List<LineagedProvision> renumbered =
                version("a|5. Fees|You pay fees.", "b|6. Content|You own content.", "c|7. Law|Irish law applies.");
        List<LineagedProvision> reordered =
                version("c|6. Law|Irish law applies.", "a|4. Fees|You pay fees.", "b|5. Content|You own content.");
        List<LineagedProvision> otherSection =
                version("a|4. Fees|You pay fees.", "b|4. Fees|You own content.", "c|6. Law|Irish law applies.");

        assertThat(differ.diff(before, renumbered).items()).isEmpty();
        assertThat(differ.diff(before, reordered).items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(ChangeItem.Kind.MOVED);
            assertThat(item.lineageId()).isEqualTo("c");
            assertThat(item.significance()).isEqualTo(Significance.MINOR);
        });
        assertThat(differ.diff(before, otherSection).items()).singleElement().satisfies(item -> {
            assertThat(item.lineageId()).isEqualTo("b");
            assertThat(item.summary())
                    .isEqualTo("moved in '4. Fees': from '5. Content', text unchanged; minor (moved)");
        });
    }

    @Test
    void theWholeChangeIsAsSignificantAsItsMostSignificantItemAndSaysWhere() {
        ChangeRecord record = differ.diff(
                version("a|Your Content|You own it.", "b|Your Content|We host it.", "c|Your Content|Old."),
                version(
                        "a|Your Content|You own it!",
                        "b|Your Content|We host and sell it.",
                        "d|Your Content|New one.",
                        "c|Your Content|Old."));

        assertThat(record.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(record.summary()).isEqualTo("2 provisions modified, 1 added in 'Your Content'; substantive");
        assertThat(record.items()).extracting(ChangeItem::lineageId).containsExactly("a", "b", "d");
    }

    @Test
    void removedProvisionsStandWhereTheyWere() {
        ChangeRecord record =
                differ.diff(version("a||One.", "b||Two.", "c||Three."), version("a||One.", "c||Three.", "d||Four."));

        assertThat(record.items()).extracting(ChangeItem::lineageId).containsExactly("b", "d");
    }

    @Test
    void rejectsAVersionWhoseLineageIdsRepeat() {
        assertThatThrownBy(() -> differ.diff(version("a||One.", "a||Two."), version("a||One.")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lineage id 'a' appears twice in the previous version");
    }
}
