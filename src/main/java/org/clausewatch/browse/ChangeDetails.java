package org.clausewatch.browse;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.clausewatch.store.ProvisionRow;
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
                items(
                        change.document().service(),
                        change.items(),
                        item -> documentMove(change, item),
                        () -> Sides.of(
                                store.provisions(change.fromVersionId()), store.provisions(change.toVersionId()))));
    }

    /**
     * The items of a change of {@code service}'s terms in detail; {@code moves} gives an item's cross-document move,
     * {@code sides} the provisions of the two versions, asked only when an item has to be read from its wordings.
     */
    List<Views.ItemDetail> items(
            String service,
            List<ChangeItemRow> items,
            Function<ChangeItemRow, Optional<DocumentMoveRow>> moves,
            Supplier<Sides> sides) {
        List<ChangeItemRow> unread = items.stream().filter(i -> !recorded(i)).toList();
        Sides keys = unread.isEmpty() ? Sides.NONE : sides.get();
        Map<String, Reading> readings = unread.isEmpty() ? Map.of() : analyses.readings(keys.of(unread));
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
                            : read(service, item, moves.apply(item), keys, readings));
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
        // in the flags' ranking, as the summary line says them
        for (ChangeRecord.Flag flag : ChangeRecord.Flag.values()) {
            if (flags.contains(flag)) {
                why.add(
                        switch (flag) {
                            case OSCILLATION ->
                                "The text went back to one the document had shortly before (oscillation); not alerted.";
                            case TECHNICAL_UPGRADE ->
                                "Recorded when the extractor was upgraded, not because the document changed; not alerted.";
                            case IMPORTED -> "Imported from an archive; not alerted.";
                        });
            }
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
            String service,
            ChangeItemRow item,
            Optional<DocumentMoveRow> move,
            Sides sides,
            Map<String, Reading> readings) {
        ItemMeaning meaning = reader.get()
                .meaning(
                        service,
                        item.kind(),
                        item.before(),
                        sides.before(item).map(readings::get),
                        item.after(),
                        sides.after(item).map(readings::get));
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

    /**
     * The provisions of the two versions a change is between, by lineage: an item's wording is read with the lead-in
     * its provision continues on that side, and without one when its provision is not there (a move from another
     * document, or versions not at hand).
     */
    record Sides(Map<String, ProvisionRow> before, Map<String, ProvisionRow> after) {
        static final Sides NONE = new Sides(Map.of(), Map.of());

        static Sides of(List<ProvisionRow> before, List<ProvisionRow> after) {
            return new Sides(byLineage(before), byLineage(after));
        }

        /** The reading key of the item's wording before the change. */
        Optional<String> before(ChangeItemRow item) {
            return item.before().map(text -> key(text, before.get(item.lineageId())));
        }

        /** The reading key of the item's wording after the change. */
        Optional<String> after(ChangeItemRow item) {
            return item.after().map(text -> key(text, after.get(item.lineageId())));
        }

        Set<String> of(List<ChangeItemRow> items) {
            Set<String> keys = new HashSet<>();
            items.forEach(item -> {
                before(item).ifPresent(keys::add);
                after(item).ifPresent(keys::add);
            });
            return keys;
        }

        private static String key(String text, ProvisionRow provision) {
            return provision != null && provision.text().equals(text) ? provision.readingKey() : Provision.keyOf(text);
        }

        private static Map<String, ProvisionRow> byLineage(List<ProvisionRow> provisions) {
            Map<String, ProvisionRow> byLineage = new HashMap<>();
            provisions.forEach(p -> byLineage.putIfAbsent(p.lineageId(), p));
            return byLineage;
        }
    }
}
