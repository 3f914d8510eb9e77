package org.clausewatch.browse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentMoveRow;
import org.clausewatch.store.Store;

/**
 * A change record's items with what they are about: the move across documents an item stands for, the reading of the
 * provision (its new wording, or the removed one), and for a modified provision what changed in its analysis ("licence
 * to Input became perpetual").
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
        Map<String, Reading> readings = analyses.readings(keys(change.items()));
        List<Views.ItemDetail> items = new ArrayList<>(change.items().size());
        for (ChangeItemRow item : change.items()) {
            Optional<Reading> before = reading(readings, item.before());
            Optional<Reading> after = reading(readings, item.after());
            items.add(new Views.ItemDetail(
                    item,
                    documentMove(change, item),
                    after.or(() -> before),
                    attributeChanges(change, item, before, after)));
        }
        return new Views.ChangeDetail(change, items);
    }

    private Optional<ChangeAnalysis> attributeChanges(
            ChangeRow change, ChangeItemRow item, Optional<Reading> before, Optional<Reading> after) {
        if (item.kind() != ChangeItem.Kind.MODIFIED || before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        ChangeAnalysis analysis = reader.get()
                .compare(
                        change.document().service(),
                        item.before().orElseThrow(),
                        before.orElseThrow(),
                        item.after().orElseThrow(),
                        after.orElseThrow());
        return analysis.unchanged() ? Optional.empty() : Optional.of(analysis);
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
