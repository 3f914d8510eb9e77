package org.clausewatch.version;

import java.text.Normalizer;

/**
 * Reduces extracted Markdown to what is compared between captures, so that differences nobody can see (line endings,
 * trailing spaces, blank-line runs, no-break and zero-width characters, Unicode composition) never make a version.
 * One pass over the text, because whole-corpus jobs normalise every version of every document.
 */
final class Normaliser {
    private Normaliser() {}

    static String normalise(String markdown) {
        String text = Normalizer.normalize(markdown, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        int blankLines = 0;
        boolean lineHasText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                blankLines = endLine(out, line, blankLines);
                lineHasText = false;
            } else if (isSpace(c)) {
                // Leading indentation means nesting in Markdown; runs of spaces inside a line mean nothing.
                if (!lineHasText || line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else if (!isInvisible(c)) {
                line.append(c);
                lineHasText = true;
            }
        }
        endLine(out, line, blankLines);
        return out.isEmpty() ? "" : out.append('\n').toString();
    }

    /** Adds the line without trailing spaces; returns how many blank lines are now pending. */
    private static int endLine(StringBuilder out, StringBuilder line, int blankLines) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            line.setLength(0);
            return blankLines + 1;
        }
        if (!out.isEmpty()) {
            out.append(blankLines > 0 ? "\n\n" : "\n");
        }
        out.append(line, 0, end);
        line.setLength(0);
        return 0;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u3000'
                || c == '\f'
                || c == '\u000B'
                || (c >= '\u2000' && c <= '\u200A');
    }
}
