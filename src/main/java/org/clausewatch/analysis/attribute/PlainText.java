package org.clausewatch.analysis.attribute;

import java.util.regex.Pattern;

/**
 * The words of a provision as a reader sees them: Markdown links, emphasis, escapes and invisible marks removed. Each
 * replacement runs only when the text holds a character it needs (most provisions have no link, emphasis or escape),
 * which gives the same text: a pattern that cannot match replaces nothing.
 */
final class PlainText {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
    private static final String INVISIBLE_MARKS = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    /** Inline HTML marks a quoted provision may carry ("licensed under a <i>Creative Commons</i> licence"). */
    private static final Pattern INLINE_TAG =
            Pattern.compile("(?i)</?(?:i|b|em|strong|u|span|a|small|sup|sub|mark|code)(?:\\s[^<>]*)?>");
    /** Block HTML marks: each separates words. */
    private static final Pattern BLOCK_TAG =
            Pattern.compile("(?i)</?(?:p|li|ul|ol|div|h[1-6]|blockquote|table|tr|td|th|section)(?:\\s[^<>]*)?/?>");
    /** White space, with the no-break and narrow spaces of typeset pages ("a\u202fCreative Commons licence"). */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Zs}]+");

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-+*]|#{1,6}|>)\\s+");

    private PlainText() {}

    static String of(String markdown) {
        String text = holdsAny(markdown, INVISIBLE_MARKS)
                ? INVISIBLE.matcher(markdown).replaceAll("")
                : markdown;
        if (text.contains("](")) {
            text = IMAGE.matcher(text).replaceAll("$1");
            text = LINK.matcher(text).replaceAll("$1");
        }
        if (holdsAny(text, "*_")) {
            text = EMPHASIS.matcher(text).replaceAll("");
        }
        if (text.indexOf('<') >= 0) {
            text = LINE_BREAK.matcher(text).replaceAll(" ");
            text = INLINE_TAG.matcher(text).replaceAll("");
            text = BLOCK_TAG.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('\\') >= 0) {
            text = ESCAPE.matcher(text).replaceAll("$1");
        }
        if (text.contains("  ") || holdsOtherSpace(text)) {
            text = SPACE.matcher(text).replaceAll(" ");
        }
        text = text.strip();
        return !text.isEmpty() && "-+*#>".indexOf(text.charAt(0)) >= 0
                ? LIST_MARKER.matcher(text).replaceFirst("")
                : text;
    }

    /** Whether the text holds white space {@link #SPACE} matches other than the plain space. */
    private static boolean holdsOtherSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
