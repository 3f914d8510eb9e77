package org.clausewatch.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Differ;
import org.clausewatch.change.DocumentMove;
import org.clausewatch.change.Oscillation;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.Aligner;
import org.clausewatch.provision.Alignment;
import org.clausewatch.provision.CrossDocumentMoves;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.provision.Provision;
import org.clausewatch.provision.Segmenter;

/**
 * The provision-level reading of a document's history, one version at a time: segment the new version, align
 * its provisions with the previous version's so each keeps its lineage id, and record what changed.
 */
public final class Chronicle {
    /** How many earlier versions a flip back is looked for in (A → B → A is an oscillation). */
    public static final int OSCILLATION_WINDOW = 10;

    /** The fewest words a provision must have for its move between documents to be recognised. */
    static final int MOVE_WORDS = 6;

    private final Segmenter segmenter = new Segmenter();
    private final Aligner aligner = new Aligner();
    private final Differ differ = new Differ();
    private final CrossDocumentMoves crossDocumentMoves = new CrossDocumentMoves();

    /** The previous version as the chronicle needs it: its provisions and the digests of the recent versions, oldest first. */
    public record Previous(List<LineagedProvision> provisions, List<Sha256> recentVersions) {
        public Previous {
            provisions = List.copyOf(provisions);
            recentVersions = List.copyOf(recentVersions);
        }
    }

    /**
     * A new version read provision by provision; {@code change} is empty for a document's first version. {@code
     * documentMoves} pair a lineage of the document a provision left with its lineage in the document it entered.
     */
    public record Revision(
            List<LineagedProvision> provisions,
            List<Alignment.Relation> relations,
            Optional<ChangeRecord> change,
            List<CrossDocumentMoves.Move> documentMoves) {
        public Revision {
            provisions = List.copyOf(provisions);
            relations = List.copyOf(relations);
            documentMoves = List.copyOf(documentMoves);
        }

        public boolean oscillation() {
            return change.map(c -> c.flags().contains(ChangeRecord.Flag.OSCILLATION))
                    .orElse(false);
        }
    }

    /**
     * Reads {@code markdown} as the next version after {@code previous}. New lineages take ids from {@code
     * newLineageId}; {@code flags} (imported, technical upgrade) are carried onto the change record.
     */
    public Revision revise(
            Optional<Previous> previous, String markdown, Set<ChangeRecord.Flag> flags, Supplier<String> newLineageId) {
        List<Provision> provisions = segmenter.segment(markdown);
        List<LineagedProvision> before = previous.map(Previous::provisions).orElse(List.of());
        Alignment alignment = aligner.align(before, provisions, newLineageId);
        if (previous.isEmpty()) {
            return new Revision(alignment.provisions(), alignment.relations(), Optional.empty(), List.of());
        }
        ChangeRecord change = differ.diff(before, alignment.provisions());
        for (ChangeRecord.Flag flag : flags) {
            change = change.flagged(flag);
        }
        if (Oscillation.isOscillation(
                Sha256.of(markdown), previous.orElseThrow().recentVersions())) {
            change = change.flagged(ChangeRecord.Flag.OSCILLATION);
        }
        return new Revision(alignment.provisions(), alignment.relations(), Optional.of(change), List.of());
    }

    /**
     * {@code revision} of document {@code document} with the moves between documents of one service recognised: its
     * added provisions that were recently removed from another document ({@code removedElsewhere}) and its removed
     * provisions that were recently added to another ({@code addedElsewhere}) become moved items.
     */
    public Revision acrossDocuments(
            Revision revision, List<Elsewhere> removedElsewhere, List<Elsewhere> addedElsewhere) {
        if (revision.change().isEmpty()) {
            return revision;
        }
        ChangeRecord change = revision.change().orElseThrow();
        List<CrossDocumentMoves.Move> pairs = new ArrayList<>();
        List<DocumentMove> moves = new ArrayList<>();
        Map<String, Elsewhere> others = new HashMap<>();
        removedElsewhere.forEach(e -> others.put(e.lineageId(), e));
        addedElsewhere.forEach(e -> others.put(e.lineageId(), e));
        for (CrossDocumentMoves.Move move : sameWords(
                crossDocumentMoves.pair(lineaged(removedElsewhere), items(change, ChangeItem.Kind.ADDED)),
                texts(removedElsewhere))) {
            Elsewhere from = others.get(move.from());
            pairs.add(move);
            moves.add(new DocumentMove(move.to(), DocumentMove.Direction.FROM, from.document(), from.text()));
        }
        for (CrossDocumentMoves.Move move : sameWords(
                crossDocumentMoves.pair(items(change, ChangeItem.Kind.REMOVED), lineaged(addedElsewhere)),
                texts(change))) {
            Elsewhere to = others.get(move.to());
            pairs.add(move);
            moves.add(new DocumentMove(move.from(), DocumentMove.Direction.TO, to.document(), to.text()));
        }
        return new Revision(
                revision.provisions(), revision.relations(), Optional.of(differ.acrossDocuments(change, moves)), pairs);
    }

    /**
     * Only the same words, and enough of them, count as a move between documents. On the shared corpus, near-identical
     * wording across documents was mostly parallel boilerplate ("These Terms are written in English" and "This Policy
     * is written in English"), and short fragments ("Select language", "Other") were page furniture.
     */
    private static List<CrossDocumentMoves.Move> sameWords(
            List<CrossDocumentMoves.Move> moves, Map<String, String> texts) {
        return moves.stream()
                .filter(m -> m.stage() == Alignment.Stage.IDENTICAL || m.stage() == Alignment.Stage.NORMALISED)
                .filter(m -> MarkdownText.words(MarkdownText.plain(texts.get(m.from())))
                                .size()
                        >= MOVE_WORDS)
                .toList();
    }

    private static Map<String, String> texts(List<Elsewhere> provisions) {
        Map<String, String> texts = new HashMap<>();
        provisions.forEach(p -> texts.put(p.lineageId(), p.text()));
        return texts;
    }

    private static Map<String, String> texts(ChangeRecord change) {
        Map<String, String> texts = new HashMap<>();
        change.items()
                .forEach(i -> texts.put(i.lineageId(), i.after().or(i::before).orElseThrow()));
        return texts;
    }

    private static List<LineagedProvision> lineaged(List<Elsewhere> provisions) {
        return provisions.stream()
                .map(e -> lineaged(e.lineageId(), e.path(), e.text()))
                .toList();
    }

    private static List<LineagedProvision> items(ChangeRecord change, ChangeItem.Kind kind) {
        return change.items().stream()
                .filter(item -> item.kind() == kind)
                .map(item -> lineaged(
                        item.lineageId(),
                        item.path(),
                        item.after().or(item::before).orElseThrow()))
                .toList();
    }

    private static LineagedProvision lineaged(String lineageId, List<String> path, String text) {
        return new LineagedProvision(
                lineageId,
                new Provision(Provision.keyOf(text), path, 0, 0, text, Optional.empty(), Provision.Kind.PARAGRAPH));
    }
}
