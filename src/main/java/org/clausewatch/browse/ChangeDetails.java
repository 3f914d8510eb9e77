package org.clausewatch.browse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ItemMeaning;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentMoveRow;
import org.clausewatch.store.Store;

/**
 * A change record's items with what they are about: the move across documents an item stands for, the topics and
 * severity of the provision (its new wording, or the removed one), and for a modified provision what changed in its
 * analysis ("licence to Input became perpetual"). Items carry what was read of them when the change was recorded;
 * items recorded before that was stored, and items of a comparison computed on request, are read here from the
 * stored readings of their wordings.
 */
final class ChangeDetails {
    private final Store store;
    private final Supplier<ProvisionReader> reader;
    private final Analyses analyses;

    ChangeDetails(Store store, Supplier<ProvisionReader> reader, Analyses analyses) {
        this.store = store;
        this.reader = reader;
        this.analyses = analyses;
    }

    Views.ChangeDetail of(ChangeRow change) {
        return new Views.ChangeDetail(
                change,
                names(change.topics()),
                notAlerted(change.flags()),
                items(change.document().service(), change.items(), item -> documentMove(change, item)));
    }

    /** The items of a change of {@code service}'s terms in detail; {@code moves} gives an item's cross-document move. */
    List<Views.ItemDetail> items(
            String service, List<ChangeItemRow> items, Function<ChangeItemRow, Optional<DocumentMoveRow>> moves) {
        List<ChangeItemRow> unread = items.stream().filter(i -> !recorded(i)).toList();
        Map<String, Reading> readings = unread.isEmpty() ? Map.of() : analyses.readings(keys(unread));
        List<Views.ItemDetail> details = new ArrayList<>(items.size());
        for (ChangeItemRow item : items) {
            details.add(
                    recorded(item)
                            ? new Views.ItemDetail(
                                    item,
                                    moves.apply(item),
                                    names(item.topics()),
                                    item.severity(),
                                    item.attributeChanges())
                            : read(service, item, moves.apply(item), readings));
        }
        return details;
    }

    /** The topics of the taxonomy with ids {@code ids}, by name, in that order. */
    List<Views.TopicName> names(List<String> ids) {
        return ids.stream().map(analyses::topicName).toList();
    }

    /**
     * Why a change reached no subscriber although its significance is kept: it is not a change of the terms. Cosmetic
     * changes, which are never alerted either, say so by their significance.
     */
    static Optional<String> notAlerted(Set<ChangeRecord.Flag> flags) {
        List<String> why = new ArrayList<>();
        if (flags.contains(ChangeRecord.Flag.TECHNICAL_UPGRADE)) {
            why.add("Recorded when the extractor was upgraded, not because the document changed; not alerted.");
        }
        if (flags.contains(ChangeRecord.Flag.IMPORTED)) {
            why.add("Imported from an archive; not alerted.");
        }
        if (flags.contains(ChangeRecord.Flag.OSCILLATION)) {
            why.add("The text went back to one the document had shortly before (oscillation); not alerted.");
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", why));
    }

    /** Whether something was read of the item when its change was recorded. */
    private static boolean recorded(ChangeItemRow item) {
        return !item.topics().isEmpty()
                || item.severity().isPresent()
                || item.attributeChanges().isPresent();
    }

    private Views.ItemDetail read(
            String service, ChangeItemRow item, Optional<DocumentMoveRow> move, Map<String, Reading> readings) {
        ItemMeaning meaning = reader.get()
                .meaning(
                        service,
                        item.kind(),
                        item.before(),
                        reading(readings, item.before()),
                        item.after(),
                        reading(readings, item.after()));
        return new Views.ItemDetail(
                item, move, names(meaning.topics()), meaning.severity(), meaning.attributeChanges());
    }

    /**
     * The move between documents an item stands for: the moved item of the change that recognised it, or the added or
     * removed item the other document recorded before the move was known.
     */
    private Optional<DocumentMoveRow> documentMove(ChangeRow change, ChangeItemRow item) {
        String lineage = item.lineageId();
        return switch (item.kind()) {
            case MOVED -> store.documentMove(lineage).filter(m -> m.versionId() == change.toVersionId());
            case ADDED -> store.documentMove(lineage).filter(m -> m.toLineage().equals(lineage));
            case REMOVED ->
                store.documentMove(lineage).filter(m -> m.fromLineage().equals(lineage));
            case MODIFIED -> Optional.empty();
        };
    }

    private static Optional<Reading> reading(Map<String, Reading> readings, Optional<String> text) {
        return text.map(Provision::keyOf).map(readings::get);
    }

    private static Set<String> keys(List<ChangeItemRow> items) {
        Set<String> keys = new HashSet<>();
        for (ChangeItemRow item : items) {
            item.before().map(Provision::keyOf).ifPresent(keys::add);
            item.after().map(Provision::keyOf).ifPresent(keys::add);
        }
        return keys;
    }
}
