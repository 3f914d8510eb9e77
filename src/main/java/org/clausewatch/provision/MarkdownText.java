package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a provision's Markdown: link targets, emphasis, escapes and invisible characters taken away. */
public final class MarkdownText {
    private static final Pattern LINK =
            Pattern.compile("!?\\[((?:[^\\[\\]]|\\[[^\\[\\]]*])*)]\\((?:[^()\\s]|\\([^()]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])|`+|~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
    /** Words, numbers such as 4.2 or 1,000, e-mail addresses and web addresses, each as one token. */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://\\S+[\\w/]|[\\p{L}\\p{N}]+(?:[.,'’&/-][\\p{L}\\p{N}]+)*");

    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:\\(?(?:\\d+(?:\\.\\d+)*|[ivxlc]{1,6}|[a-z])[.)]\\s+|\\d+(?:\\.\\d+)+\\s+)",
            Pattern.CASE_INSENSITIVE);

    private MarkdownText() {}

    /** The text as a reader sees it, on one line. */
    public static String plain(String markdown) {
        String text = INVISIBLE.matcher(markdown).replaceAll("");
        text = BREAK.matcher(text).replaceAll(" ");
        text = replaceLinks(text);
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String replaceLinks(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        Matcher matcher = LINK.matcher(text);
        // Link text can itself hold a link (a linked image), so unwrap until none is left.
        String previous;
        String current = text;
        do {
            previous = current;
            current = LINK.matcher(previous).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        } while (!current.equals(previous) && matcher.reset(current).find());
        return current;
    }

    /** The words and numbers of the plain text, in order and in their own case; punctuation is left out. */
    public static List<String> words(String plain) {
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(plain);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Lower-case words without a leading clause number: two provisions equal here differ only in form. */
    static String normalised(String plain) {
        String unnumbered = LEADING_NUMBER.matcher(plain).replaceFirst("");
        return String.join(" ", words(unnumbered.toLowerCase(Locale.ROOT)));
    }

    /** A heading without its number and case, so that renumbering "4." to "5." leaves the section the same. */
    static String section(String heading) {
        return normalised(heading);
    }
}
