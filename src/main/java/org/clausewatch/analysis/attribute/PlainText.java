package org.clausewatch.analysis.attribute;

import java.util.regex.Pattern;

/** The words of a provision as a reader sees them: Markdown links, emphasis, escapes and invisible marks removed. */
final class PlainText {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-+*]|#{1,6}|>)\\s+");

    private PlainText() {}

    static String of(String markdown) {
        String text = INVISIBLE.matcher(markdown).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = LINE_BREAK.matcher(text).replaceAll(" ");
        text = ESCAPE.matcher(text).replaceAll("$1");
        text = SPACE.matcher(text).replaceAll(" ").strip();
        return LIST_MARKER.matcher(text).replaceFirst("");
    }
}
