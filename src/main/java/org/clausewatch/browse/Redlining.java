package org.clausewatch.browse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Differ;
import org.clausewatch.change.Significance;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.reading.ItemMeaning;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRow;

/**
 * The redline between any two versions of a document, computed by the same {@link Differ} that records change
 * records between consecutive versions: provisions are paired by lineage id, so a provision reworded across many
 * versions still shows as one modified provision.
 */
final class Redlining {
    private final Differ differ = new Differ();
    private final Store store;
    private final ChangeDetails details;

    Redlining(Store store, ChangeDetails details) {
        this.store = store;
        this.details = details;
    }

    Views.Change compare(DocumentRow document, VersionRow from, VersionRow to) {
        if (from.id() == to.id()) {
            throw new IllegalArgumentException("versions to compare must differ, both are " + from.id());
        }
        List<ProvisionRow> before = store.provisions(from.id());
        List<ProvisionRow> after = store.provisions(to.id());
        ChangeRecord record = differ.diff(lineaged(before), lineaged(after));
        List<ChangeItemRow> items = record.items().stream()
                .map(item -> ChangeItemRow.of(item, ItemMeaning.NONE))
                .toList();
        // Nothing is recorded of a comparison: its items are read from their wordings' readings, its summary counts.
        return new Views.Change(
                document,
                Optional.empty(),
                from,
                to,
                record.significance(),
                Set.of(),
                record.summary(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                details.items(
                        document.service(),
                        items,
                        item -> Optional.empty(),
                        () -> ChangeDetails.Sides.of(before, after)),
                record.significance() == Significance.COSMETIC,
                store.versions(document.id()).reversed());
    }

    private static List<LineagedProvision> lineaged(List<ProvisionRow> provisions) {
        return provisions.stream().map(ProvisionRow::lineaged).toList();
    }
}
