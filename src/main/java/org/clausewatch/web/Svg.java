package org.clausewatch.web;

import java.util.Locale;

/**
 * SVG markup written into one text: elements with coordinates of at most one decimal, every text and attribute value
 * escaped. Only what {@link TimelineSvg} draws with.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(8192);

    Svg append(CharSequence markup) {
        out.append(markup);
        return this;
    }

    Svg append(char c) {
        out.append(c);
        return this;
    }

    Svg append(int number) {
        out.append(number);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    void element(String name, String elementId, String content) {
        out.append('<')
                .append(name)
                .append(" id=\"")
                .append(escape(elementId))
                .append("\">")
                .append(escape(content))
                .append("</")
                .append(name)
                .append('>');
    }

    void text(double x, double y, String anchor, String cssClass, String content) {
        out.append("<text");
        attribute("x", x);
        attribute("y", y);
        out.append(" text-anchor=\"")
                .append(anchor)
                .append("\" class=\"")
                .append(cssClass)
                .append("\" fill=\"#374151\">")
                .append(escape(content))
                .append("</text>");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width, double opacity) {
        out.append("<line");
        attribute("x1", x1);
        attribute("y1", y1);
        attribute("x2", x2);
        attribute("y2", y2);
        out.append(" stroke=\"").append(stroke).append('"');
        attribute("stroke-width", width);
        if (opacity < 1) {
            out.append(" stroke-opacity=\"").append(opacity).append('"');
        }
        out.append("/>");
    }

    void circle(double x, double y, double r, String fill, String stroke) {
        out.append("<circle");
        attribute("cx", x);
        attribute("cy", y);
        attribute("r", r);
        out.append(" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"1.5\"/>");
    }

    void path(String d, String fill) {
        out.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\"/>");
    }

    void attribute(String name, double value) {
        out.append(' ').append(name).append("=\"").append(n(value)).append('"');
    }

    /** A coordinate with at most one decimal, in the root locale. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /**
     * {@code text} safe as XML character data and attribute values: markup characters as entities, and characters
     * XML 1.0 does not allow (control characters, lone surrogates) left out, so that a hostile name stays text and
     * the picture stays well-formed.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowed(text, i)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
