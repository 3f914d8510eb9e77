package org.clausewatch.extract;

import java.util.regex.Pattern;

/** The whitespace rules every extracted text obeys, whatever its source format. */
final class Whitespace {
    /** Characters with no visible width that pages insert to steer line breaking or tracking; never text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private static final Pattern SPACE_LIKE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]");
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private Whitespace() {}

    /** NBSP and other fixed-width spaces become plain spaces; zero-width characters and soft hyphens vanish. */
    static String normaliseCharacters(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACE_LIKE.matcher(visible).replaceAll(" ");
    }

    /** Line endings to LF, no trailing spaces, at most one blank line in a row, no blank lines at either end. */
    static String normaliseDocument(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        String trimmed = TRAILING.matcher(unix).replaceAll("");
        return stripBlankEdges(BLANK_RUNS.matcher(trimmed).replaceAll("\n\n"));
    }

    /** Markdown is kept as written apart from invisible characters and the document rules above. */
    static String normaliseMarkdown(String markdown) {
        return normaliseDocument(normaliseCharacters(markdown).replace('\t', ' '));
    }

    private static String stripBlankEdges(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\n') {
            start++;
        }
        return text.substring(start).stripTrailing();
    }
}
