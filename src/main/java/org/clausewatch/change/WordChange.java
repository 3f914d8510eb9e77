package org.clausewatch.change;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausewatch.provision.MarkdownText;

/** The words of a provision before and after, and where they differ. */
final class WordChange {
    final List<String> before;
    final List<String> after;
    final String beforeLower;
    final String afterLower;
    final List<Delta> deltas;

    /** Words {@code deleted} at word {@code beforeAt} were replaced by {@code inserted} at word {@code afterAt}. */
    record Delta(int beforeAt, List<String> deleted, int afterAt, List<String> inserted) {
        List<String> all() {
            List<String> all = new ArrayList<>(deleted);
            all.addAll(inserted);
            return all;
        }
    }

    WordChange(String beforeMarkdown, String afterMarkdown, RuleBook rules) {
        String beforePlain = rules.withoutIgnoredPhrases(MarkdownText.plain(beforeMarkdown));
        String afterPlain = rules.withoutIgnoredPhrases(MarkdownText.plain(afterMarkdown));
        this.before = MarkdownText.words(beforePlain);
        this.after = MarkdownText.words(afterPlain);
        this.beforeLower = beforePlain.toLowerCase(Locale.ROOT);
        this.afterLower = afterPlain.toLowerCase(Locale.ROOT);
        this.deltas = before.equals(after) ? List.of() : deltas(before, after);
    }

    private static List<Delta> deltas(List<String> before, List<String> after) {
        List<Delta> deltas = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            deltas.add(new Delta(
                    delta.getSource().getPosition(),
                    List.copyOf(delta.getSource().getLines()),
                    delta.getTarget().getPosition(),
                    List.copyOf(delta.getTarget().getLines())));
        }
        return deltas;
    }

    int inserted() {
        return deltas.stream().mapToInt(d -> d.inserted().size()).sum();
    }

    int deleted() {
        return deltas.stream().mapToInt(d -> d.deleted().size()).sum();
    }

    static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
