package org.clausewatch.version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides when a size anomaly (a drastic shrink or a tiny fragment) is the document's new shape rather than a broken
 * capture: when the same shrink has come back pass after pass for long enough. A broken page rarely keeps the same
 * length for two days; a document that was genuinely cut down does. The same shrink is one against the same previous
 * version, to a length within {@link #SAME_LENGTH} of the other: a cut-down page whose date line or request token moves
 * is still the same page. Pure.
 */
public final class ShrinkConfirmation {
    /** Refusals in a row, this pass included, that must carry the same reason. */
    static final int PASSES = 3;
    /** How long the identical refusals must have been coming back. */
    static final Duration PERIOD = Duration.ofHours(48);
    /** How far apart two shrunk lengths may be and still be the same shrink. */
    static final double SAME_LENGTH = 0.05;

    /** The numbers of a size refusal's reason: {@code Versioner} writes the new length first, the previous one last. */
    private static final Pattern LENGTHS = Pattern.compile("(?:shrank to|fragment of) (\\d+) .*?(\\d+)$");

    private ShrinkConfirmation() {}

    /** A refusal recorded by an earlier pass: its reason as recorded, and when. */
    public record PastRefusal(String reason, Instant at) {}

    /** Whether {@code anomaly} is of a kind a lasting repetition can confirm: a size anomaly, never a signature. */
    public static boolean concerns(Decision.Anomaly anomaly) {
        return anomaly.kind() == Decision.Kind.DRASTIC_SHRINK || anomaly.kind() == Decision.Kind.TINY_FRAGMENT;
    }

    /**
     * Whether {@code anomaly}, met now, confirms a shrink: it is a size anomaly, and the refusals of the document's
     * current run of failures ({@code latestFirst}, newest first) end with at least {@code PASSES - 1} that are the
     * same shrink, the oldest of those at least {@code PERIOD} before {@code now}. The reasons name the lengths of the
     * old and new texts, which is how shrinks are compared.
     */
    public static boolean confirms(Decision.Anomaly anomaly, List<PastRefusal> latestFirst, Instant now) {
        if (!concerns(anomaly)) {
            return false;
        }
        int same = 0;
        Instant oldest = now;
        for (PastRefusal refusal : latestFirst) {
            if (!sameShrink(refusal.reason(), anomaly.reason())) {
                break;
            }
            same++;
            oldest = refusal.at();
        }
        return same >= PASSES - 1 && !oldest.plus(PERIOD).isAfter(now);
    }

    private static boolean kind(String reason) {
        return reason.startsWith("the text shrank");
    }

    /** Whether two refusal reasons are the same shrink: the same previous length, new lengths close to each other. */
    static boolean sameShrink(String one, String other) {
        Matcher a = LENGTHS.matcher(one);
        Matcher b = LENGTHS.matcher(other);
        if (!a.find() || !b.find() || !a.group(2).equals(b.group(2)) || kind(one) != kind(other)) {
            return one.equals(other);
        }
        long x = Long.parseLong(a.group(1));
        long y = Long.parseLong(b.group(1));
        return Math.abs(x - y) <= SAME_LENGTH * Math.max(x, y);
    }
}
