package org.clausewatch.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
