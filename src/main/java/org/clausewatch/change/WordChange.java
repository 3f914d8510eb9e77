package org.clausewatch.change;

import java.util.List;
import java.util.Locale;
import org.clausewatch.provision.MarkdownText;

/** The words of a provision before and after, and where they differ. */
final class WordChange {
    final List<String> before;
    final List<String> after;
    final String beforeLower;
    final String afterLower;
    final List<Diffs.Delta> deltas;

    WordChange(String beforeMarkdown, String afterMarkdown, RuleBook rules) {
        String beforePlain = rules.wording(beforeMarkdown);
        String afterPlain = rules.wording(afterMarkdown);
        this.before = MarkdownText.words(beforePlain);
        this.after = MarkdownText.words(afterPlain);
        this.beforeLower = beforePlain.toLowerCase(Locale.ROOT);
        this.afterLower = afterPlain.toLowerCase(Locale.ROOT);
        this.deltas = Diffs.between(before, after);
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
