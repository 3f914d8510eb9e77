package org.clausewatch.web;

import java.util.List;
import java.util.Optional;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Differ;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRow;
import org.clausewatch.track.HistoryWriter;

/**
 * The redline between any two versions of a document, computed by the same {@link Differ} that records change
 * records between consecutive versions: provisions are paired by lineage id, so a provision reworded across many
 * versions still shows as one modified provision.
 */
final class Comparison {
    private final Differ differ = new Differ();
    private final Store store;

    Comparison(Store store) {
        this.store = store;
    }

    Views.Change compare(DocumentRow document, VersionRow from, VersionRow to) {
        if (from.id() == to.id()) {
            throw new IllegalArgumentException("versions to compare must differ, both are " + from.id());
        }
        ChangeRecord record = differ.diff(lineaged(from), lineaged(to));
        String significance = label(record.significance());
        return new Views.Change(
                document,
                Optional.empty(),
                from,
                to,
                significance,
                List.of(),
                record.summary(),
                record.items().stream().map(HistoryWriter::item).toList(),
                significance.equals("cosmetic"),
                store.versions(document.id()).reversed());
    }

    private List<LineagedProvision> lineaged(VersionRow version) {
        return store.provisions(version.id()).stream()
                .map(HistoryWriter::lineaged)
                .toList();
    }

    private static String label(Enum<?> value) {
        return HistoryWriter.label(value);
    }
}
