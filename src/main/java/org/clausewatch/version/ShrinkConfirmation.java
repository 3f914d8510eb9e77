package org.clausewatch.version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Decides when a size anomaly (a drastic shrink or a tiny fragment) is the document's new shape rather than a broken
 * capture: when the very same refusal has come back pass after pass for long enough. A broken page rarely keeps
 * exactly the same length for two days; a document that was genuinely cut down does. Pure.
 */
public final class ShrinkConfirmation {
    /** Refusals in a row, this pass included, that must carry the same reason. */
    static final int PASSES = 3;
    /** How long the identical refusals must have been coming back. */
    static final Duration PERIOD = Duration.ofHours(48);

    private ShrinkConfirmation() {}

    /** A refusal recorded by an earlier pass: its reason as recorded, and when. */
    public record PastRefusal(String reason, Instant at) {}

    /** Whether {@code anomaly} is of a kind a lasting repetition can confirm: a size anomaly, never a signature. */
    public static boolean concerns(Decision.Anomaly anomaly) {
        return anomaly.kind() == Decision.Kind.DRASTIC_SHRINK || anomaly.kind() == Decision.Kind.TINY_FRAGMENT;
    }

    /**
     * Whether {@code anomaly}, met now, confirms a shrink: it is a size anomaly, and the refusals of the document's
     * current run of failures ({@code latestFirst}, newest first) end with at least {@code PASSES - 1} that carry the
     * same reason, the oldest of those at least {@code PERIOD} before {@code now}. The reason names the exact lengths
     * of the old and new texts, so the same reason means the same shrink.
     */
    public static boolean confirms(Decision.Anomaly anomaly, List<PastRefusal> latestFirst, Instant now) {
        if (!concerns(anomaly)) {
            return false;
        }
        int same = 0;
        Instant oldest = now;
        for (PastRefusal refusal : latestFirst) {
            if (!refusal.reason().equals(anomaly.reason())) {
                break;
            }
            same++;
            oldest = refusal.at();
        }
        return same >= PASSES - 1 && !oldest.plus(PERIOD).isAfter(now);
    }
}
