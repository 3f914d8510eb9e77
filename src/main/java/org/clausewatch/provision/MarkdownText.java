package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a provision's Markdown: link targets, emphasis, escapes and invisible characters taken away. Written as
 * plain loops over characters, because whole-corpus jobs run it on every provision of every version.
 */
public final class MarkdownText {
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\(?(?:\\d+(?:\\.\\d+)*|[ivxlc]{1,6}|[a-z])[.)]\\s+|^\\d+(?:\\.\\d+)+\\s+", Pattern.CASE_INSENSITIVE);

    private MarkdownText() {}

    /** The text as a reader sees it, on one line. */
    public static String plain(String markdown) {
        String text = replaceLinks(markdown);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
                out.append(text.charAt(++i));
            } else if (c == '<') {
                i = tag(text, i, out);
            } else if (Character.isWhitespace(c) || isSpace(c)) {
                space(out);
            } else if (!isInvisible(c) && !isEmphasis(text, i)) {
                out.append(c);
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** A {@code <br>} becomes a space and an autolink its address; anything else stays as written. */
    private static int tag(String text, int at, StringBuilder out) {
        int close = text.indexOf('>', at);
        if (close < 0) {
            out.append('<');
            return at;
        }
        String inner = text.substring(at + 1, close);
        String lower = inner.toLowerCase(Locale.ROOT);
        if (lower.equals("br") || lower.equals("br/") || lower.equals("br /")) {
            space(out);
            return close;
        }
        if ((lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"))
                && inner.indexOf(' ') < 0) {
            out.append(inner);
            return close;
        }
        out.append('<');
        return at;
    }

    private static void space(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Emphasis marks: {@code *}, backticks, {@code ~~}, and {@code _} at a word's edge (inside, it is a letter). */
    private static boolean isEmphasis(String text, int i) {
        char c = text.charAt(i);
        if (c == '*' || c == '`') {
            return true;
        }
        if (c == '~') {
            return (i + 1 < text.length() && text.charAt(i + 1) == '~') || (i > 0 && text.charAt(i - 1) == '~');
        }
        if (c == '_') {
            boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            return !(wordBefore && wordAfter);
        }
        return false;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000';
    }

    /** {@code [text](target)} and {@code ![alt](source)} become their text; one pass, nested brackets allowed. */
    static String replaceLinks(String text) {
        if (text.indexOf("](") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '[' ? closing(text, i, '[', ']') : -1;
            int end = close > 0 && close + 1 < text.length() && text.charAt(close + 1) == '('
                    ? closing(text, close + 1, '(', ')')
                    : -1;
            if (end < 0) {
                out.append(text.charAt(i++));
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == '!') {
                out.setLength(out.length() - 1);
            }
            // A link glued to a word ("2026[Previous Version]") is a word of its own to the reader.
            String inner = replaceLinks(text.substring(i + 1, close));
            if (!out.isEmpty() && Character.isLetterOrDigit(out.charAt(out.length() - 1)) && startsWithWord(inner)) {
                out.append(' ');
            }
            out.append(inner);
            i = end + 1;
            if (i < text.length()
                    && Character.isLetterOrDigit(text.charAt(i))
                    && !inner.isEmpty()
                    && Character.isLetterOrDigit(inner.charAt(inner.length() - 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean startsWithWord(String text) {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private static int closing(String text, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            } else if (c == '\n' && opening == '(') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The words and numbers of the plain text, in order and in their own case; punctuation is left out. Numbers such
     * as 4.2 or 1,000, words such as e-mail or don't, e-mail addresses and web addresses are one token each.
     */
    public static List<String> words(String plain) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < plain.length()) {
            if (!Character.isLetterOrDigit(plain.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(plain, i);
            words.add(plain.substring(start, i));
        }
        return words;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isSentenceEnd(text, i)) {
                return i;
            } else if (isJoiner(c) && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else if (c == ':'
                    && text.startsWith("//", i + 1)
                    && i + 3 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 3))) {
                i += 4;
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * A full stop between a lower-case letter and a capital ("this agreement.Our right"): two sentences whose space a
     * page lost, not one word. Addresses ("x.ai") and abbreviations ("U.S.") stay one word.
     */
    private static boolean isSentenceEnd(String text, int i) {
        return text.charAt(i) == '.'
                && i > 0
                && i + 1 < text.length()
                && Character.isLowerCase(text.charAt(i - 1))
                && Character.isUpperCase(text.charAt(i + 1));
    }

    private static boolean isJoiner(char c) {
        return c == '.'
                || c == ','
                || c == '\''
                || c == '\u2019'
                || c == '&'
                || c == '/'
                || c == '-'
                || c == '@'
                || c == '_'
                || c == '+'
                || c == '?'
                || c == '='
                || c == '#'
                || c == '%';
    }

    /** Lower-case words without a leading clause number: two provisions equal here differ only in form. */
    static String normalised(String plain) {
        return String.join(" ", words(withoutLeadingNumber(plain).toLowerCase(Locale.ROOT)));
    }

    /**
     * Plain text without the clause or list number it starts with ({@code 4.2}, {@code (a)}, {@code iv.}, {@code 12.}):
     * numbering is the document's layout, and a list numbered afresh says nothing new.
     */
    public static String withoutLeadingNumber(String plain) {
        if (!plain.isEmpty()
                && (Character.isDigit(plain.charAt(0)) || plain.indexOf(')') > 0 || plain.indexOf('.') > 0)) {
            return LEADING_NUMBER.matcher(plain).replaceFirst("");
        }
        return plain;
    }

    /** A heading without its number and case, so that renumbering "4." to "5." leaves the section the same. */
    public static String section(String heading) {
        return normalised(plain(heading));
    }
}
