package org.clausewatch.change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;

/**
 * The change record between two versions whose provisions carry lineage ids (as {@code Aligner} gives them): the same
 * lineage on both sides is one provision, modified, moved or unchanged; a lineage on one side only was removed or
 * added. Unchanged provisions make no item.
 */
public final class Differ {
    /** A name swapped in this many provisions of one change is taken for a rename of the brand, not a new party. */
    static final int RENAME_SPREAD = 3;

    private final RuleBook rules;
    private final Classifier classifier;
    private final Layout layout;

    public Differ() {
        this(RuleBook.load());
    }

    Differ(RuleBook rules) {
        this.rules = rules;
        this.classifier = new Classifier(rules);
        this.layout = new Layout(rules);
    }

    public ChangeRecord diff(List<LineagedProvision> before, List<LineagedProvision> after) {
        Map<String, Integer> beforeIndex = index(before, "previous");
        Map<String, Integer> afterIndex = index(after, "new");
        Set<Integer> stable = Order.stable(pairedPositions(after, beforeIndex));
        Map<Integer, WordChange> changes = wordChanges(before, after, beforeIndex);
        Set<String> renames = consistentRenames(changes.values());
        List<Placed> placed = new ArrayList<>();
        for (int n = 0; n < after.size(); n++) {
            Integer p = beforeIndex.get(after.get(n).lineageId());
            double place = n;
            afterItem(p == null ? null : before.get(p), after.get(n), changes.get(n), stable.contains(n), renames)
                    .ifPresent(item -> placed.add(new Placed(place, item)));
        }
        addRemoved(before, afterIndex, placed);
        placed.sort(Comparator.comparingDouble(Placed::place));
        List<ChangeItem> items =
                layout.recognise(placed.stream().map(Placed::item).toList(), before, after);
        Significance significance =
                items.stream().map(ChangeItem::significance).reduce(Significance.COSMETIC, Significance::max);
        return new ChangeRecord(significance, Set.of(), Summaries.change(items, significance, Set.of()), items);
    }

    /**
     * {@code change} with its added and removed provisions that moved between documents (see {@link DocumentMove})
     * turned into moved items: a move alone is minor, and a move with new wording is graded as any modification.
     */
    public ChangeRecord acrossDocuments(ChangeRecord change, List<DocumentMove> moves) {
        if (moves.isEmpty()) {
            return change;
        }
        Map<String, DocumentMove> byLineage = new HashMap<>();
        moves.forEach(move -> byLineage.put(move.lineageId(), move));
        List<ChangeItem> items = change.items().stream()
                .map(item -> movedItem(item, byLineage.get(item.lineageId())))
                .toList();
        Significance significance =
                items.stream().map(ChangeItem::significance).reduce(Significance.COSMETIC, Significance::max);
        ChangeRecord moved =
                new ChangeRecord(significance, Set.of(), Summaries.change(items, significance, Set.of()), items);
        for (ChangeRecord.Flag flag : change.flags()) {
            moved = moved.flagged(flag);
        }
        return moved;
    }

    private ChangeItem movedItem(ChangeItem item, DocumentMove move) {
        boolean applies = move != null
                && (item.kind() == ChangeItem.Kind.ADDED && move.direction() == DocumentMove.Direction.FROM
                        || item.kind() == ChangeItem.Kind.REMOVED && move.direction() == DocumentMove.Direction.TO);
        if (!applies) {
            return item;
        }
        boolean in = move.direction() == DocumentMove.Direction.FROM;
        String before = in ? move.otherText() : item.before().orElseThrow();
        String after = in ? item.after().orElseThrow() : move.otherText();
        String where = (in ? "from the " : "to the ") + move.otherDocument();
        Classifier.Verdict verdict = before.equals(after)
                ? new Classifier.Verdict(Significance.MINOR, "moved between documents")
                : classifier.modified(new WordChange(before, after, rules), Set.of());
        String detail = before.equals(after)
                ? where + ", text unchanged"
                : where + ", " + Summaries.words(new WordChange(before, after, rules));
        return new ChangeItem(
                ChangeItem.Kind.MOVED,
                item.lineageId(),
                item.path(),
                Optional.of(before),
                Optional.of(after),
                before.equals(after) ? List.of() : Redlines.between(before, after),
                verdict.significance(),
                verdict.reason(),
                Summaries.item(ChangeItem.Kind.MOVED, item.path(), detail, verdict.significance(), verdict.reason()));
    }

    private record Placed(double place, ChangeItem item) {}

    private static Map<String, Integer> index(List<LineagedProvision> provisions, String side) {
        Map<String, Integer> index = new HashMap<>(provisions.size() * 2);
        for (int i = 0; i < provisions.size(); i++) {
            if (index.put(provisions.get(i).lineageId(), i) != null) {
                throw new IllegalArgumentException("lineage id '"
                        + provisions.get(i).lineageId() + "' appears twice in the " + side + " version's provisions");
            }
        }
        return index;
    }

    /** For each new provision in order, the position of its previous version, or -1. */
    private static int[] pairedPositions(List<LineagedProvision> after, Map<String, Integer> beforeIndex) {
        int[] positions = new int[after.size()];
        for (int n = 0; n < after.size(); n++) {
            positions[n] = beforeIndex.getOrDefault(after.get(n).lineageId(), -1);
        }
        return positions;
    }

    private Map<Integer, WordChange> wordChanges(
            List<LineagedProvision> before, List<LineagedProvision> after, Map<String, Integer> beforeIndex) {
        Map<Integer, WordChange> changes = new HashMap<>();
        for (int n = 0; n < after.size(); n++) {
            Integer p = beforeIndex.get(after.get(n).lineageId());
            String now = after.get(n).provision().text();
            if (p != null && !before.get(p).provision().text().equals(now)) {
                changes.put(n, new WordChange(before.get(p).provision().text(), now, rules));
            }
        }
        return changes;
    }

    /** The name swaps found in at least {@link #RENAME_SPREAD} provisions: one consistent rename across the text. */
    private Set<String> consistentRenames(Iterable<WordChange> changes) {
        Map<String, Integer> spread = new HashMap<>();
        for (WordChange change : changes) {
            for (String candidate : new HashSet<>(classifier.renameCandidates(change))) {
                spread.merge(candidate, 1, Integer::sum);
            }
        }
        Set<String> renames = new HashSet<>();
        spread.forEach((swap, count) -> {
            if (count >= RENAME_SPREAD) {
                renames.add(swap);
            }
        });
        return renames;
    }

    private Optional<ChangeItem> afterItem(
            LineagedProvision was, LineagedProvision now, WordChange change, boolean inOrder, Set<String> renames) {
        Provision provision = now.provision();
        if (was == null) {
            return Optional.of(standalone(ChangeItem.Kind.ADDED, now));
        }
        if (change != null) {
            Classifier.Verdict verdict = classifier.modified(change, renames);
            String summary = Summaries.item(
                    ChangeItem.Kind.MODIFIED,
                    provision.path(),
                    Summaries.words(change),
                    verdict.significance(),
                    verdict.reason());
            return Optional.of(new ChangeItem(
                    ChangeItem.Kind.MODIFIED,
                    now.lineageId(),
                    provision.path(),
                    Optional.of(was.provision().text()),
                    Optional.of(provision.text()),
                    Redlines.between(was.provision().text(), provision.text()),
                    verdict.significance(),
                    verdict.reason(),
                    summary));
        }
        if (inOrder && Order.sameSection(was.provision(), provision)) {
            return Optional.empty();
        }
        String from = was.provision().path().isEmpty()
                ? "the top"
                : "'" + was.provision().pathLine() + "'";
        String summary = Summaries.item(
                ChangeItem.Kind.MOVED,
                provision.path(),
                "from " + from + ", text unchanged",
                Significance.MINOR,
                "moved");
        return Optional.of(new ChangeItem(
                ChangeItem.Kind.MOVED,
                now.lineageId(),
                provision.path(),
                Optional.of(was.provision().text()),
                Optional.of(provision.text()),
                List.of(),
                Significance.MINOR,
                "moved",
                summary));
    }

    private ChangeItem standalone(ChangeItem.Kind kind, LineagedProvision lineaged) {
        Provision provision = lineaged.provision();
        String plain = rules.wording(provision.text());
        Classifier.Verdict verdict = classifier.standalone(
                org.clausewatch.provision.MarkdownText.words(plain), plain.toLowerCase(java.util.Locale.ROOT));
        String summary = Summaries.item(
                kind, provision.path(), Summaries.quote(plain), verdict.significance(), verdict.reason());
        Optional<String> text = Optional.of(provision.text());
        return new ChangeItem(
                kind,
                lineaged.lineageId(),
                provision.path(),
                kind == ChangeItem.Kind.REMOVED ? text : Optional.empty(),
                kind == ChangeItem.Kind.ADDED ? text : Optional.empty(),
                List.of(),
                verdict.significance(),
                verdict.reason(),
                summary);
    }

    /** Removed provisions stand right after the new place of the previous provision that precedes them. */
    private void addRemoved(List<LineagedProvision> before, Map<String, Integer> afterIndex, List<Placed> placed) {
        double anchor = -1;
        for (int p = 0; p < before.size(); p++) {
            Integer n = afterIndex.get(before.get(p).lineageId());
            if (n != null) {
                anchor = n;
            } else {
                anchor += 1e-4;
                placed.add(new Placed(anchor, standalone(ChangeItem.Kind.REMOVED, before.get(p))));
            }
        }
    }
}
