package org.clausewatch.version;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells a drastic shrink from a return to normal after an outlier. When one capture took in far more than the
 * document (a whole legal site instead of one policy) and was recorded, every later, correct capture is a fraction of
 * it: comparing with it would refuse them all and freeze the document on the outlier. The previous version is an
 * outlier when it is more than {@link #GROWTH} times the median size of the versions recorded just before it; a text
 * that shrank against it is then compared with that median instead. Pure.
 */
final class Outliers {
    /** A version this many times the median of the ones before it is an outlier. */
    static final double GROWTH = 3.0;
    /** How many versions before the previous one make its median. */
    static final int BEFORE = 5;

    private Outliers() {}

    static Decision reconsider(Decision.Anomaly anomaly, String previous, String text, List<Long> earlierSizes) {
        if (earlierSizes.isEmpty()) {
            return anomaly;
        }
        long typical = median(earlierSizes.subList(Math.max(0, earlierSizes.size() - BEFORE), earlierSizes.size()));
        long previousSize = bytes(previous);
        long size = bytes(text);
        if (previousSize <= typical * GROWTH || size < typical * Versioner.SHRINK_RATIO) {
            return anomaly;
        }
        return new Decision.NewVersion(java.util.Optional.of(String.format(
                Locale.ROOT,
                "the text (%d bytes) is a fraction of the previous version, but that version (%d bytes) was an outlier,"
                        + " %.1f times the median size of the %d versions before it (%d bytes); against those it is"
                        + " whole",
                size,
                previousSize,
                (double) previousSize / typical,
                Math.min(BEFORE, earlierSizes.size()),
                typical)));
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long median(List<Long> sizes) {
        List<Long> sorted = new ArrayList<>(sizes);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
