package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two Markdown texts by their word sequence only: images, link targets, HTML line breaks and all
 * punctuation (hence all Markdown syntax) are ignored. Similarity is 2·LCS / (|a| + |b|) over word tokens.
 */
final class WordSimilarity {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK =
            Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^()]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WordSimilarity() {}

    static List<String> words(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll(" ");
        text = LINK.matcher(text).replaceAll("$1");
        text = text.replace("<br>", " ");
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    static double similarity(String a, String b) {
        return similarity(words(a), words(b));
    }

    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        return 2.0 * lcs(a, b) / (a.size() + b.size());
    }

    /** Longest common subsequence length; common prefix and suffix are counted first to keep the table small. */
    static int lcs(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> x = a.subList(prefix, a.size() - suffix);
        List<String> y = b.subList(prefix, b.size() - suffix);
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (String word : x) {
            for (int j = 1; j <= y.size(); j++) {
                current[j] = word.equals(y.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return prefix + suffix + previous[y.size()];
    }
}
