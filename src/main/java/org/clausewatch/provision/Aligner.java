package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives each provision of a new version the lineage id of the provision it continues in the previous version, in
 * stages from the surest to the loosest: identical text, normalised text, near-identical wording, the only candidate
 * between two recognised neighbours, then splits and merges. Identical and normalised text are matched wherever they
 * stand, so a provision that moved to another section or place keeps its id; whether it moved is for the change record
 * to say. Provisions continuing none get a new id from the supplied generator.
 */
public final class Aligner {
    /** Share of shingles two wordings need in common to count as one provision reworded. */
    static final double SIMILAR = 0.5;
    /** Share of a provision's shingles that must be found in another to count as split from or merged into it. */
    static final double CONTAINED = 0.8;

    private static final int MEMO = 50_000;
    private final Memo<Fingerprint.Wording> wordings = new Memo<>(MEMO, Fingerprint.Wording::of);

    /** Aligns {@code next} with {@code previous}; new lineage ids come from {@code newLineageId}. Safe to share. */
    public Alignment align(List<LineagedProvision> previous, List<Provision> next, Supplier<String> newLineageId) {
        // Headings are shared by the provisions below them: normalise each path once.
        Map<List<String>, String> sections = new HashMap<>();
        Matching matching = new Matching(
                previous.stream()
                        .map(p -> new Fingerprint(p.provision(), sections, wordings))
                        .toList(),
                next.stream().map(p -> new Fingerprint(p, sections, wordings)).toList());
        matching.matchIdentical();
        matching.matchSimilar();
        matching.matchPositional();
        List<String> previousIds =
                previous.stream().map(LineagedProvision::lineageId).toList();
        Lineages lineages = new Lineages(matching, previousIds, newLineageId);
        new Splits(matching, lineages).find();
        return lineages.alignment(next);
    }

    /** The lineage ids given so far, and the relations found. */
    static final class Lineages {
        final String[] ids;
        final List<Alignment.Relation> relations = new ArrayList<>();
        private final Matching matching;
        private final List<String> previousIds;
        private final Supplier<String> newLineageId;

        Lineages(Matching matching, List<String> previousIds, Supplier<String> newLineageId) {
            this.matching = matching;
            this.previousIds = previousIds;
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
                ids[n] = newLineageId.get();
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
