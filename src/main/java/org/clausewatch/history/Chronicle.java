package org.clausewatch.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Differ;
import org.clausewatch.change.DocumentMove;
import org.clausewatch.change.FlipBacks;
import org.clausewatch.change.Oscillation;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.Aligner;
import org.clausewatch.provision.Alignment;
import org.clausewatch.provision.CrossDocumentMoves;
import org.clausewatch.provision.EarlierVersion;
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

    /** The fewest words a provision must have, on both sides, for a move between documents with new wording. */
    static final int REWORDED_MOVE_WORDS = 15;

    private final Segmenter segmenter = new Segmenter();
    private final Aligner aligner = new Aligner();
    private final Differ differ = new Differ();
    private final CrossDocumentMoves crossDocumentMoves = new CrossDocumentMoves();

    /** How long ago an earlier version may be for a block that returns to it to be a flip-back. */
    static final Duration FLIP_BACK_PERIOD = Duration.ofDays(60);

    /**
     * The previous version as the chronicle needs it: its provisions, the digests of the recent versions (oldest first,
     * this one last), when it was captured, and the versions before it within the oscillation window, oldest first.
     */
    public record Previous(
            List<LineagedProvision> provisions, List<Sha256> recentVersions, Instant at, List<EarlierVersion> earlier) {
        public Previous {
            provisions = List.copyOf(provisions);
            recentVersions = List.copyOf(recentVersions);
            Objects.requireNonNull(at, "at");
            earlier = List.copyOf(earlier);
        }

        /** A previous version whose earlier versions are not known. */
        public Previous(List<LineagedProvision> provisions, List<Sha256> recentVersions) {
            this(provisions, recentVersions, Instant.EPOCH, List.of());
        }

        /** What the version read in {@code revision} (digest {@code sha256}, captured at {@code at}) is as a previous one. */
        public static Previous after(Optional<Previous> previous, Revision revision, Sha256 sha256, Instant at) {
            List<Sha256> recent =
                    new ArrayList<>(previous.map(Previous::recentVersions).orElse(List.of()));
            recent.add(sha256);
            List<EarlierVersion> earlier =
                    new ArrayList<>(previous.map(Previous::earlier).orElse(List.of()));
            previous.ifPresent(p -> earlier.add(EarlierVersion.of(p.at(), p.provisions())));
            return new Previous(revision.provisions(), last(recent), at, last(earlier));
        }

        private static <T> List<T> last(List<T> items) {
            return items.subList(Math.max(0, items.size() - OSCILLATION_WINDOW), items.size());
        }

        /** The earlier versions close enough in time for a block returning to them to be a flip-back. */
        List<EarlierVersion> recentEarlier() {
            return earlier.stream()
                    .filter(e -> !e.at().isBefore(at.minus(FLIP_BACK_PERIOD)))
                    .toList();
        }

        /**
         * What alignment can use of the earlier versions: the provisions of recent ones that this version no longer has,
         * and in which earlier version each lineage was first seen.
         */
        Aligner.Past past() {
            return new Aligner.Past(gone(), firstSeen());
        }

        private Map<String, Integer> firstSeen() {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < earlier.size(); i++) {
                for (String lineage : earlier.get(i).lineageByKey().values()) {
                    first.putIfAbsent(lineage, i);
                }
            }
            return first;
        }

        /** The lineage id, by key, of the provisions of recent earlier versions that this one no longer has. */
        private Map<String, String> gone() {
            Set<String> here = new HashSet<>();
            provisions.forEach(p -> here.add(p.lineageId()));
            Map<String, String> gone = new HashMap<>();
            for (EarlierVersion version : recentEarlier()) {
                version.lineageByKey().forEach((key, lineage) -> {
                    if (!here.contains(lineage)) {
                        gone.put(key, lineage);
                    }
                });
            }
            return gone;
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
        Alignment alignment = aligner.align(
                before, provisions, newLineageId, previous.map(Previous::past).orElse(Aligner.Past.NONE));
        if (previous.isEmpty()) {
            return new Revision(alignment.provisions(), alignment.relations(), Optional.empty(), List.of());
        }
        FlipBacks.Marked marked = FlipBacks.mark(
                differ.diff(before, alignment.provisions()),
                previous.orElseThrow().recentEarlier());
        ChangeRecord change = marked.change();
        for (ChangeRecord.Flag flag : flags) {
            change = change.flagged(flag);
        }
        if (marked.oscillation()
                || Oscillation.isOscillation(
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
        for (CrossDocumentMoves.Move move : genuine(
                crossDocumentMoves.pair(lineaged(removedElsewhere), items(change, ChangeItem.Kind.ADDED)),
                texts(removedElsewhere),
                texts(change))) {
            Elsewhere from = others.get(move.from());
            pairs.add(move);
            moves.add(new DocumentMove(move.to(), DocumentMove.Direction.FROM, from.document(), from.text()));
        }
        for (CrossDocumentMoves.Move move : genuine(
                crossDocumentMoves.pair(items(change, ChangeItem.Kind.REMOVED), lineaged(addedElsewhere)),
                texts(change),
                texts(addedElsewhere))) {
            Elsewhere to = others.get(move.to());
            pairs.add(move);
            moves.add(new DocumentMove(move.from(), DocumentMove.Direction.TO, to.document(), to.text()));
        }
        return new Revision(
                revision.provisions(), revision.relations(), Optional.of(differ.acrossDocuments(change, moves)), pairs);
    }

    /**
     * Only the same words, and enough of them, or a long provision rewritten, count as a move between documents: it is
     * then a moved item with its redline. On the shared corpus, short near-identical wording across documents was
     * parallel boilerplate ("These Terms are written in English" and "This Policy is written in English"), and short
     * fragments ("Select language", "Other") were page furniture.
     */
    private static List<CrossDocumentMoves.Move> genuine(
            List<CrossDocumentMoves.Move> moves, Map<String, String> fromTexts, Map<String, String> toTexts) {
        return moves.stream()
                .filter(m -> {
                    int from = words(fromTexts.get(m.from()));
                    boolean verbatim =
                            m.stage() == Alignment.Stage.IDENTICAL || m.stage() == Alignment.Stage.NORMALISED;
                    return verbatim
                            ? from >= MOVE_WORDS
                            : Math.min(from, words(toTexts.get(m.to()))) >= REWORDED_MOVE_WORDS;
                })
                .toList();
    }

    private static int words(String markdown) {
        return MarkdownText.words(MarkdownText.plain(markdown)).size();
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
