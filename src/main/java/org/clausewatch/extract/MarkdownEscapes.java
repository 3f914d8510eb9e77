package org.clausewatch.extract;

import java.util.regex.Pattern;

/** Escaping and whitespace rules for text placed into Markdown: escape only what Markdown would misread. */
final class MarkdownEscapes {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern BULLET_MARKER = Pattern.compile("^([-+*])(?=\\s|$)");
    private static final Pattern HEADING_MARKER = Pattern.compile("^#{1,6}(?=\\s|$)");
    private static final Pattern UNDERLINE = Pattern.compile("^(?:=+|-+|~{3,}.*)$");

    private MarkdownEscapes() {}

    /** Collapses every run of whitespace to one space and trims. */
    static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Escapes characters that would start emphasis, code, links or HTML anywhere in a line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(text, i, c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean needsEscape(String text, int i, char c) {
        return switch (c) {
            case '\\', '`', '[', ']' -> true;
            // "5 * 3" and "snake_case" are not emphasis; everything else might be.
            case '*' -> !(isSpace(text, i - 1) && isSpace(text, i + 1));
            case '_' -> !(isWordChar(text, i - 1) && isWordChar(text, i + 1));
            case '<' -> i + 1 < text.length() && isTagStart(text.charAt(i + 1));
            default -> false;
        };
    }

    /** Escapes what only means something at the start of a line: list markers, headings, quotes, underlines. */
    static String escapeLineStart(String line) {
        if (ORDERED_MARKER.matcher(line).find()) {
            return ORDERED_MARKER.matcher(line).replaceFirst("$1\\\\$2");
        }
        if (BULLET_MARKER.matcher(line).find()
                || HEADING_MARKER.matcher(line).find()
                || line.startsWith(">")
                || UNDERLINE.matcher(line).matches()) {
            return "\\" + line;
        }
        return line;
    }

    /** Makes a link target safe inside {@code (…)}: spaces, parentheses, angle brackets and pipes percent-encoded. */
    static String linkTarget(String url) {
        return url.replace(" ", "%20")
                .replace("(", "%28")
                .replace(")", "%29")
                .replace("<", "%3C")
                .replace(">", "%3E")
                .replace("|", "%7C");
    }

    private static boolean isSpace(String text, int i) {
        return i < 0 || i >= text.length() || Character.isWhitespace(text.charAt(i));
    }

    private static boolean isWordChar(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean isTagStart(char next) {
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }
}
