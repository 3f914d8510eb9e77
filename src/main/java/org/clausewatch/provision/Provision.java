package org.clausewatch.provision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.common.Sha256;

/**
 * One clause of a version: a paragraph, a list item or a table row, with the headings above it.
 *
 * <p>{@code text} keeps the Markdown inline syntax (links with their targets, emphasis) so that a change of link target
 * stays visible and can be told apart from a change of words; {@link MarkdownText#plain} gives the words alone.
 * {@code key} is a hash of the plain text, so anything computed for a provision can be carried over to every later
 * version where its words are unchanged, whatever happened to its links or formatting. What is read in a provision
 * depends on the lead-in it continues as well ({@code context}, "We share it with:"), so its reading is kept under
 * {@link #readingKey}, not under {@code key}.
 */
public record Provision(
        String key, List<String> path, int position, int page, String text, Optional<String> context, Kind kind) {

    /** What kind of block the provision came from. */
    public enum Kind {
        PARAGRAPH,
        LIST_ITEM,
        TABLE_ROW
    }

    public Provision {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(kind, "kind");
        path = List.copyOf(path);
        if (position < 0 || page < 0) {
            throw new IllegalArgumentException(
                    "provision position and page must not be negative: position " + position + ", page " + page);
        }
    }

    /** The key of a provision whose Markdown is {@code text}: the digest of its words, as segmentation gives it. */
    public static String keyOf(String text) {
        return Sha256.of(MarkdownText.plain(text)).hex();
    }

    /** The key of what a reading of this provision reads: its words and the lead-in they continue. */
    public String readingKey() {
        return readingKeyOf(key, context);
    }

    /**
     * The reading key of words of key {@code key} that continue {@code context}: the words' key itself when there is no
     * lead-in, so that readings of such provisions stay where they were stored before lead-ins were part of the key;
     * otherwise the digest of the key and the lead-in as written, so that the same words under two lead-ins are read
     * and kept apart, and neither takes the reading of the other.
     */
    public static String readingKeyOf(String key, Optional<String> context) {
        return context.map(leadIn -> Sha256.of(key + "\n" + leadIn).hex()).orElse(key);
    }

    /** The heading path as one line, "4. Your Content > 4.2 Licence". */
    public String pathLine() {
        return String.join(" > ", path);
    }
}
