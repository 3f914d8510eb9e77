package org.clausewatch.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.common.Memo;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.MarkdownText;

/**
 * Changes of layout that look like changes of words, recognised over a whole change: a paragraph that became a
 * heading or a heading that became a paragraph (the provision goes or comes, its words stay as a section name), and a
 * provision split into several or several merged into one, with the same words, and the newer copy of a text shown
 * twice going when the older copy takes its words. Such items are cosmetic: nothing a reader reads changed. Seen on real pages redesigned from one paragraph per numbered title to headings, and on
 * definitions cut from the paragraph they led.
 */
final class Layout {
    static final String HEADING = "paragraph and heading swapped";
    static final String SPLIT = "split, same words";
    static final String MERGED = "merged, same words";
    static final String COPY = "a copy of words still shown";
    static final int COPIES = 5;

    /** Provisions whose squeezed words are remembered: {@link #copies} takes those of every provision of a version. */
    private static final int WORDS = 10_000;

    private final RuleBook rules;
    private final Memo<String, String> words;
    /** Section names of headings and their runs: every change takes those of both its versions. */
    private final Memo<String, String> sectionNames = new Memo<>(WORDS, MarkdownText::section);

    Layout(RuleBook rules) {
        this.rules = rules;
        this.words = new Memo<>(WORDS, markdown -> squeezed(MarkdownText.words(rules.wording(markdown))));
    }

    List<ChangeItem> recognise(List<ChangeItem> items, List<LineagedProvision> before, List<LineagedProvision> after) {
        List<ChangeItem> result = headings(items, sections(before), sections(after));
        result = pieces(result, ChangeItem.Kind.ADDED, SPLIT);
        result = pieces(result, ChangeItem.Kind.REMOVED, MERGED);
        return copies(result, after);
    }

    /**
     * Provisions gone whose words the new version still has: the newer copy of a text shown twice (a policy and its
     * upcoming version side by side) going once the older copy has taken its words (the aligner's supersession: a
     * modified provision whose new wording is the words of a provision gone), with the rest of that copy, gone with
     * words still shown elsewhere. Only a block of them counts ({@link #COPIES} or more in one change, one of them such
     * a twin). A copy dropped without any such twin stays what it was: a page that showed a section twice and now once
     * changed its text, and a clause removed from one of two regional variants is a change for that region.
     */
    private List<ChangeItem> copies(List<ChangeItem> items, List<LineagedProvision> after) {
        Set<String> newWordings = new HashSet<>();
        Set<String> remaining = new HashSet<>();
        for (ChangeItem item : items) {
            if (item.kind() == ChangeItem.Kind.MODIFIED) {
                newWordings.add(words(item.after().orElseThrow()));
            }
        }
        after.forEach(p -> remaining.add(words(p.provision().text())));
        newWordings.remove("");
        remaining.remove("");
        List<Integer> copies = new ArrayList<>();
        boolean twin = false;
        for (int i = 0; i < items.size(); i++) {
            ChangeItem item = items.get(i);
            String words = item.kind() == ChangeItem.Kind.REMOVED && item.significance() != Significance.COSMETIC
                    ? words(item.before().orElseThrow())
                    : "";
            if (remaining.contains(words)) {
                copies.add(i);
                twin |= newWordings.contains(words);
            }
        }
        if (!twin || copies.size() < COPIES) {
            return items;
        }
        List<ChangeItem> result = new ArrayList<>(items);
        copies.forEach(i -> result.set(i, cosmetic(result.get(i), COPY)));
        return result;
    }

    private String words(String markdown) {
        return words.get(markdown);
    }

    /**
     * The section names of a version, and runs of nested ones read together: a line that held two headings in bold
     * ("**Your Rights** **Data Subject Requests**") became the two headings.
     */
    private Set<String> sections(List<LineagedProvision> provisions) {
        Set<String> sections = new HashSet<>();
        Set<List<String>> paths = new HashSet<>();
        for (LineagedProvision provision : provisions) {
            paths.add(provision.provision().path());
        }
        for (List<String> path : paths) {
            for (int from = 0; from < path.size(); from++) {
                for (int to = from + 1; to <= path.size(); to++) {
                    sections.add(sectionNames.get(String.join(" ", path.subList(from, to))));
                }
            }
        }
        return sections;
    }

    /** A provision gone whose words are now a section name only, or come whose words were one. */
    private List<ChangeItem> headings(List<ChangeItem> items, Set<String> before, Set<String> after) {
        List<ChangeItem> result = new ArrayList<>(items.size());
        for (ChangeItem item : items) {
            String section =
                    item.after().or(item::before).map(sectionNames::get).orElse("");
            boolean swapped = !section.isEmpty()
                    && item.significance() != Significance.COSMETIC
                    && (item.kind() == ChangeItem.Kind.REMOVED && after.contains(section) && !before.contains(section)
                            || item.kind() == ChangeItem.Kind.ADDED
                                    && before.contains(section)
                                    && !after.contains(section));
            result.add(swapped ? cosmetic(item, HEADING) : item);
        }
        return result;
    }

    /**
     * Modified provisions that only lost words (a split) or only gained words (a merge), where those words are exactly
     * the words of provisions added (split off) or removed (merged in) in the same change, in order.
     */
    private List<ChangeItem> pieces(List<ChangeItem> items, ChangeItem.Kind pieceKind, String reason) {
        List<ChangeItem> result = new ArrayList<>(items);
        Set<Integer> used = new HashSet<>();
        for (int m = 0; m < result.size(); m++) {
            ChangeItem modified = result.get(m);
            if (modified.kind() != ChangeItem.Kind.MODIFIED || modified.significance() == Significance.COSMETIC) {
                continue;
            }
            Optional<String> runs = onlyRuns(modified, pieceKind == ChangeItem.Kind.ADDED);
            if (runs.isEmpty()) {
                continue;
            }
            List<Integer> pieces = matching(result, pieceKind, runs.orElseThrow(), used);
            if (!pieces.isEmpty()) {
                used.addAll(pieces);
                result.set(m, cosmetic(modified, reason));
                pieces.forEach(p -> result.set(p, cosmetic(result.get(p), reason)));
            }
        }
        return result;
    }

    /** The squeezed words the provision only lost ({@code deletions}) or only gained, if that is all that changed. */
    private Optional<String> onlyRuns(ChangeItem modified, boolean deletions) {
        WordChange change =
                new WordChange(modified.before().orElseThrow(), modified.after().orElseThrow(), rules);
        StringBuilder runs = new StringBuilder();
        for (Diffs.Delta delta : change.deltas) {
            if (!(deletions ? delta.inserted() : delta.deleted()).isEmpty()) {
                return Optional.empty();
            }
            runs.append(squeezed(deletions ? delta.deleted() : delta.inserted()));
        }
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.toString());
    }

    /** The pieces, in document order, whose words put together are {@code runs}; none if they are not. */
    private List<Integer> matching(List<ChangeItem> items, ChangeItem.Kind kind, String runs, Set<Integer> used) {
        List<Integer> pieces = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            ChangeItem item = items.get(i);
            if (item.kind() != kind || used.contains(i) || item.significance() == Significance.COSMETIC) {
                continue;
            }
            String words = words(item.after().or(item::before).orElseThrow());
            if (!words.isEmpty() && runs.contains(words)) {
                pieces.add(i);
                joined.append(words);
            }
        }
        return joined.toString().equals(runs) ? pieces : List.of();
    }

    private static String squeezed(List<String> words) {
        return String.join("", words).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private static ChangeItem cosmetic(ChangeItem item, String reason) {
        String summary = item.summary();
        int cut = summary.lastIndexOf("; ");
        return new ChangeItem(
                item.kind(),
                item.lineageId(),
                item.path(),
                item.before(),
                item.after(),
                item.redline(),
                Significance.COSMETIC,
                reason,
                (cut < 0 ? summary : summary.substring(0, cut)) + "; cosmetic (" + reason + ")");
    }
}
