package org.clausewatch.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkConfirmationTest {
    private static final Instant NOW = Instant.parse("2026-03-04T06:00:00Z");

    private static Decision.Anomaly shrink(int length, int previous) {
        return new Decision.Anomaly(
                Decision.Kind.DRASTIC_SHRINK,
                "the text shrank to " + length + " characters, " + (100 * length / previous)
                        + "% of the previous version's " + previous);
    }

    private static ShrinkConfirmation.PastRefusal refused(Decision.Anomaly anomaly, Duration ago) {
        return new ShrinkConfirmation.PastRefusal(anomaly.reason(), NOW.minus(ago));
    }

    @Test
    void aShrinkWhoseLengthMovesALittleIsStillTheSameShrinkAndIsConfirmedAfterTwoDays() {
        List<ShrinkConfirmation.PastRefusal> past = List.of(
                refused(shrink(1210, 20_000), Duration.ofHours(24)),
                refused(shrink(1190, 20_000), Duration.ofHours(48)));

        assertThat(ShrinkConfirmation.confirms(shrink(1200, 20_000), past, NOW)).isTrue();
        assertThat(ShrinkConfirmation.confirms(shrink(1200, 20_000), past, NOW.minus(Duration.ofHours(1))))
                .as("not yet two days")
                .isFalse();
    }

    @Test
    void anotherLengthOrAnotherPreviousVersionStartsCountingAgain() {
        assertThat(ShrinkConfirmation.sameShrink(
                        shrink(1200, 20_000).reason(), shrink(1500, 20_000).reason()))
                .isFalse();
        assertThat(ShrinkConfirmation.sameShrink(
                        shrink(1200, 20_000).reason(), shrink(1200, 21_000).reason()))
                .isFalse();
        List<ShrinkConfirmation.PastRefusal> past = List.of(
                refused(shrink(1500, 20_000), Duration.ofHours(24)),
                refused(shrink(1200, 20_000), Duration.ofHours(48)));
        assertThat(ShrinkConfirmation.confirms(shrink(1200, 20_000), past, NOW)).isFalse();
    }

    @Test
    void anErrorPageIsNeverConfirmed() {
        Decision.Anomaly error = new Decision.Anomaly(Decision.Kind.ERROR_PAGE, "the text looks like an error page");
        List<ShrinkConfirmation.PastRefusal> past =
                List.of(refused(error, Duration.ofHours(24)), refused(error, Duration.ofHours(72)));
        assertThat(ShrinkConfirmation.confirms(error, past, NOW)).isFalse();
    }
}
