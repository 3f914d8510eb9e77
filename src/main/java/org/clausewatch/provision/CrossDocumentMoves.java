package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausewatch.common.Memo;

/**
 * Within one service, pairs the provisions removed from one document with those added to another in the same period
 * (say from the Terms into the Privacy Policy): same text, normalised text, near-identical or reworded wording, as in
 * alignment, but never by position, since the two documents' orders say nothing about each other.
 */
public final class CrossDocumentMoves {

    /** Lineage {@code from} left its document and lives on as lineage {@code to} in another. */
    public record Move(String from, String to, Alignment.Stage stage) {
        public Move {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(stage, "stage");
        }
    }

    private final Memo<String, Fingerprint.Wording> wordings = new Memo<>(10_000, Fingerprint.Wording::of);

    public List<Move> pair(List<LineagedProvision> removed, List<LineagedProvision> added) {
        Map<List<String>, String> sections = new HashMap<>();
        Matching matching = new Matching(
                removed.stream()
                        .map(p -> new Fingerprint(p.provision(), sections, wordings))
                        .toList(),
                added.stream()
                        .map(p -> new Fingerprint(p.provision(), sections, wordings))
                        .toList());
        matching.matchIdentical();
        matching.matchSimilar();
        matching.matchReworded();
        List<Move> moves = new ArrayList<>();
        for (Alignment.Match match : matching.matches()) {
            moves.add(new Move(
                    removed.get(match.previous()).lineageId(),
                    added.get(match.next()).lineageId(),
                    match.stage()));
        }
        return moves;
    }
}
