package org.clausewatch.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.junit.jupiter.api.Test;

class ChangeRecordTest {
    private static final Sha256 A = Sha256.of("A");
    private static final Sha256 B = Sha256.of("B");
    private static final Sha256 C = Sha256.of("C");

    @Test
    void aVersionBringingBackARecentEarlierTextIsAnOscillation() {
        assertThat(Oscillation.isOscillation(A, List.of(A, B))).isTrue();
        assertThat(Oscillation.isOscillation(A, List.of(A, C, B))).isTrue();
    }

    @Test
    void aNewTextOrTheSameAsTheLastIsNoOscillation() {
        assertThat(Oscillation.isOscillation(C, List.of(A, B))).isFalse();
        assertThat(Oscillation.isOscillation(B, List.of(A, B))).isFalse();
        assertThat(Oscillation.isOscillation(A, List.of())).isFalse();
    }

    @Test
    void anOscillationKeepsItsSignificanceAndSaysItFlipsBack() {
        ChangeRecord substantive = new ChangeRecord(Significance.SUBSTANTIVE, java.util.Set.of(), "x", List.of());

        ChangeRecord flagged = substantive.flagged(ChangeRecord.Flag.OSCILLATION);

        assertThat(flagged.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(flagged.flags()).containsExactly(ChangeRecord.Flag.OSCILLATION);
        assertThat(flagged.summary()).isEqualTo("no provision changed; substantive; oscillation");
    }

    @Test
    void otherFlagsLeaveTheSignificanceAlone() {
        ChangeRecord cosmetic = new ChangeRecord(Significance.COSMETIC, java.util.Set.of(), "x", List.of());

        ChangeRecord flagged = cosmetic.flagged(ChangeRecord.Flag.IMPORTED).flagged(ChangeRecord.Flag.OSCILLATION);

        assertThat(flagged.significance()).isEqualTo(Significance.COSMETIC);
        assertThat(flagged.flags())
                .containsExactlyInAnyOrder(ChangeRecord.Flag.IMPORTED, ChangeRecord.Flag.OSCILLATION);
    }

    @Test
    void flagsIterateInTheirRankingWhateverSetTheyCameIn() {
        for (Set<ChangeRecord.Flag> subset : subsets()) {
            List<ChangeRecord.Flag> ranked = EnumSet.copyOf(subset).stream().toList();
            for (Set<ChangeRecord.Flag> given : List.of(Set.copyOf(subset), new HashSet<>(subset), subset)) {
                ChangeRecord record = new ChangeRecord(Significance.MINOR, given, "x", List.of());

                assertThat(record.flags()).as("flags given as %s", given).containsExactlyElementsOf(ranked);
                assertThat(record.flags()).isEqualTo(subset);
            }
        }
    }

    @Test
    void aSummaryListsItsFlagsInTheirRankingWhicheverWasAddedFirst() {
        ChangeRecord change = new ChangeRecord(Significance.MINOR, Set.of(), "x", List.of());

        ChangeRecord one = change.flagged(ChangeRecord.Flag.IMPORTED)
                .flagged(ChangeRecord.Flag.TECHNICAL_UPGRADE)
                .flagged(ChangeRecord.Flag.OSCILLATION);
        ChangeRecord other = change.flagged(ChangeRecord.Flag.OSCILLATION)
                .flagged(ChangeRecord.Flag.IMPORTED)
                .flagged(ChangeRecord.Flag.TECHNICAL_UPGRADE);

        assertThat(one.summary()).isEqualTo("no provision changed; minor; oscillation; technical upgrade; imported");
        assertThat(other).isEqualTo(one);
        assertThat(List.copyOf(other.flags())).isEqualTo(List.copyOf(one.flags()));
    }

    /** Every set of two or more flags, each built in an order other than the ranking. */
    private static List<Set<ChangeRecord.Flag>> subsets() {
        ChangeRecord.Flag[] all = ChangeRecord.Flag.values();
        List<Set<ChangeRecord.Flag>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            if (Integer.bitCount(mask) > 1) {
                Set<ChangeRecord.Flag> subset = new java.util.LinkedHashSet<>();
                for (int i = all.length - 1; i >= 0; i--) {
                    if ((mask & (1 << i)) != 0) {
                        subset.add(all[i]);
                    }
                }
                subsets.add(subset);
            }
        }
        return subsets;
    }
}
