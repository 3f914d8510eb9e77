package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.clausewatch.common.Memo;

/**
 * Gives each provision of a new version the lineage id of the provision it continues in the previous version, in
 * stages from the surest to the loosest: identical text, normalised text, near-identical wording, most words in
 * common, the only candidate between two recognised neighbours, then splits and merges. Identical and normalised text are matched wherever they
 * stand, so a provision that moved to another section or place keeps its id; whether it moved is for the change record
 * to say. Provisions continuing none get a new id from the supplied generator.
 */
public final class Aligner {
    /** Share of shingles two wordings need in common to count as one provision reworded. */
    static final double SIMILAR = 0.5;
    /**
     * Share of their distinct words two provisions need in common to count as one provision rewritten (word-set
     * Jaccard); less is enough within the same section. On the shared corpus, pairs above these were the same
     * clause reworded, renumbered or moved (a licence grant with two terms swapped and "licence" spelt "license").
     */
    static final double REWORDED = 0.5;

    static final double REWORDED_IN_SECTION = 0.4;
    /** Share of a provision's shingles that must be found in another to count as split from or merged into it. */
    static final double CONTAINED = 0.8;

    private static final int MEMO = 50_000;
    private final Memo<String, Fingerprint.Wording> wordings = new Memo<>(MEMO, Fingerprint.Wording::of);

    /** Aligns {@code next} with {@code previous}; new lineage ids come from {@code newLineageId}. Safe to share. */
    public Alignment align(List<LineagedProvision> previous, List<Provision> next, Supplier<String> newLineageId) {
        return align(previous, next, newLineageId, Past.NONE);
    }

    /**
     * What alignment can use of the versions before the previous one: the lineage id, by key, of their provisions that
     * the previous version no longer had ({@code returning}), and for each lineage they hold, the position of the first
     * of them that has it, oldest first ({@code firstSeen}): which of two lineages is the older. Empty for a document
     * without such versions.
     */
    public record Past(Map<String, String> returning, Map<String, Integer> firstSeen) {
        public static final Past NONE = new Past(Map.of(), Map.of());

        public Past {
            returning = Map.copyOf(returning);
            firstSeen = Map.copyOf(firstSeen);
        }
    }

    /**
     * As {@link #align(List, List, Supplier)}, knowing the versions before the previous one. A provision that comes
     * back with the same words (a section rolled back a few days after it was rewritten) takes up its old lineage
     * instead of a new one; a text shown twice and then once continues the older copy (see {@link Supersession}).
     */
    public Alignment align(
            List<LineagedProvision> previous, List<Provision> next, Supplier<String> newLineageId, Past past) {
        // Headings are shared by the provisions below them: normalise each path once.
        Map<List<String>, String> sections = new HashMap<>();
        Matching matching = new Matching(
                previous.stream()
                        .map(p -> new Fingerprint(p.provision(), sections, wordings))
                        .toList(),
                next.stream().map(p -> new Fingerprint(p, sections, wordings)).toList());
        matching.matchIdentical();
        matching.matchSimilar();
        matching.matchReworded();
        matching.matchPositional();
        List<String> previousIds =
                previous.stream().map(LineagedProvision::lineageId).toList();
        new Supersession(matching, previousIds, past.firstSeen()).apply();
        Lineages lineages = new Lineages(
                matching, previousIds, returning(matching, next, past.returning(), previousIds), newLineageId);
        new Splits(matching, lineages).find();
        return lineages.alignment(next);
    }

    /** For each new provision that comes back, the old lineage id it takes up: once, and never one still in use. */
    private static Map<Integer, String> returning(
            Matching matching, List<Provision> next, Map<String, String> returning, List<String> previousIds) {
        Map<Integer, String> ids = new HashMap<>();
        if (returning.isEmpty()) {
            return ids;
        }
        Set<String> taken = new HashSet<>(previousIds);
        for (int n = 0; n < next.size(); n++) {
            String id = matching.nextMatch[n] < 0 ? returning.get(next.get(n).key()) : null;
            if (id != null && taken.add(id)) {
                ids.put(n, id);
            }
        }
        return ids;
    }

    /** The lineage ids given so far, and the relations found. */
    static final class Lineages {
        final String[] ids;
        final List<Alignment.Relation> relations = new ArrayList<>();
        private final Matching matching;
        private final List<String> previousIds;
        private final Map<Integer, String> returning;
        private final Supplier<String> newLineageId;

        Lineages(
                Matching matching,
                List<String> previousIds,
                Map<Integer, String> returning,
                Supplier<String> newLineageId) {
            this.matching = matching;
            this.previousIds = previousIds;
            this.returning = returning;
            this.newLineageId = newLineageId;
            this.ids = new String[matching.next.size()];
            for (int n = 0; n < ids.length; n++) {
                if (matching.nextMatch[n] >= 0) {
                    ids[n] = previousIds.get(matching.nextMatch[n]);
                }
            }
        }

        String previousId(int p) {
            return previousIds.get(p);
        }

        boolean hasId(int n) {
            return ids[n] != null;
        }

        String idOf(int n) {
            if (ids[n] == null) {
                String old = returning.get(n);
                ids[n] = old != null ? old : newLineageId.get();
            }
            return ids[n];
        }

        void inherit(int p, int n, Alignment.Stage stage) {
            matching.pair(p, n, stage);
            ids[n] = previousIds.get(p);
        }

        Alignment alignment(List<Provision> next) {
            List<LineagedProvision> provisions = new ArrayList<>(next.size());
            for (int n = 0; n < next.size(); n++) {
                provisions.add(new LineagedProvision(idOf(n), next.get(n)));
            }
            return new Alignment(provisions, matching.matches(), relations);
        }
    }
}
