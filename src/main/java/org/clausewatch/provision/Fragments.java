package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Very short blocks that are no clause by themselves: a lone "or" between two list items, a page number left by a PDF,
 * a line of punctuation. They join the block before them (or after them, at the start of a page), so that they neither
 * make provisions of their own nor show up as changes.
 */
final class Fragments {
    private static final Set<String> CONNECTIVES = Set.of("or", "and", "and/or", "but", "nor", "or;", "and;", "then");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private Fragments() {}

    static List<Segmenter.Block> attach(List<Segmenter.Block> blocks) {
        List<Segmenter.Block> kept = new ArrayList<>(blocks.size());
        Segmenter.Block pending = null;
        for (Segmenter.Block block : blocks) {
            String plain = block.plain();
            if (plain.isEmpty()) {
                continue;
            }
            Segmenter.Block last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (isFragment(plain)) {
                if (last != null && last.page == block.page) {
                    last.append(block.text.toString());
                } else {
                    pending = pending == null ? block : joined(pending, block);
                }
                continue;
            }
            kept.add(pending == null ? block : joined(pending, block));
            pending = null;
        }
        if (pending != null) {
            kept.add(pending);
        }
        return kept;
    }

    private static Segmenter.Block joined(Segmenter.Block first, Segmenter.Block second) {
        Segmenter.Block block = second.withText(first.text.toString());
        block.append(second.text.toString());
        return block;
    }

    static boolean isFragment(String plain) {
        String text = plain.strip().toLowerCase(Locale.ROOT);
        return CONNECTIVES.contains(text)
                || PAGE_NUMBER.matcher(text).matches()
                || !HAS_WORD.matcher(text).find();
    }
}
