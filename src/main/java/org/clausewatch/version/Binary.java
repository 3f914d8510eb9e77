package org.clausewatch.version;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises text extracted from bytes that were never text: a server that sends an image, an archive or random data
 * as {@code text/html} gives a page whose "words" are decoding debris. Decoded as UTF-8 such bytes are mostly
 * replacement characters and control characters; decoded as windows-1252 or Latin-1 they are mostly accented letters
 * and symbols of the upper half of the byte range. Real documents, in any language, have almost none of the first and
 * few of the second (a French or German policy stays under a tenth; scripts such as Chinese lie outside that range).
 */
final class Binary {
    /** Replacement, control, private-use and unassigned characters: more than this share means no text. */
    static final double MAX_DEBRIS = 0.05;
    /** Characters of the upper half of the byte range (U+0080 to U+00FF): more than this share means no text. */
    static final double MAX_UPPER_HALF = 0.30;
    /** Shorter texts are left to the other rules: a few odd characters are not evidence. */
    static final int MIN_CHARACTERS = 200;

    private Binary() {}

    static Optional<Decision> check(String text) {
        int counted = 0;
        int debris = 0;
        int upperHalf = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                continue;
            }
            counted++;
            if (isDebris(c)) {
                debris++;
            } else if (c >= 0x80 && c <= 0xFF) {
                upperHalf++;
            }
        }
        if (counted < MIN_CHARACTERS) {
            return Optional.empty();
        }
        if (debris > counted * MAX_DEBRIS || upperHalf > counted * MAX_UPPER_HALF) {
            return Optional.of(new Decision.Anomaly(
                    Decision.Kind.BINARY,
                    String.format(
                            Locale.ROOT,
                            "the capture is not text but binary data served as a page: %.0f%% of its %d characters"
                                    + " are decoding debris and %.0f%% bytes of the upper half of the byte range",
                            100.0 * debris / counted,
                            counted,
                            100.0 * upperHalf / counted)));
        }
        return Optional.empty();
    }

    private static boolean isDebris(int c) {
        int type = Character.getType(c);
        return c == 0xFFFD
                || type == Character.CONTROL
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE;
    }
}
