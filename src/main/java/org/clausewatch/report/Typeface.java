package org.clausewatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded DejaVu face. The fonts come from the classpath (a Maven artifact), never from the machine, so a
 * report looks the same wherever it is made; only the glyphs used are embedded. A character the face lacks is printed
 * as a question mark rather than failing the report: platforms write in every script.
 */
final class Typeface {
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private Typeface(PDType0Font font) {
        this.font = font;
    }

    static Typeface load(PDDocument document, String file) throws IOException {
        try (InputStream in = Typeface.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONTS + file + " is not on the classpath"
                        + " (the net.sf.jasperreports:jasperreports-fonts dependency)");
            }
            return new Typeface(PDType0Font.load(document, in, true));
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The width of {@code text} at {@code size} points; {@code text} must be {@link #printable}. */
    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** {@code text} with control characters as spaces and characters the face has no glyph for as '?'. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
