package org.clausewatch.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.reading.ExplainedChange;
import org.jdbi.v3.core.Handle;

/**
 * Writes a version with everything recorded with it (text, capture links, provisions, relations, readings, change
 * record) inside the caller's transaction, and tells the change listeners of its change while that transaction is
 * still open.
 */
final class VersionWrites {
    /** The store's listeners, added to after construction: read at each change. */
    private final List<ChangeListener> listeners;

    private final Dialect dialect;

    VersionWrites(Dialect dialect, List<ChangeListener> listeners) {
        this.dialect = dialect;
        this.listeners = listeners;
    }

    /**
     * The change is against the document's latest version before this one, whichever that is. {@code textsWritten}:
     * the digests of the provision texts the caller's transaction already inserted, added to here.
     */
    long insert(Handle handle, VersionRecord record, Set<String> textsWritten) {
        NewVersion version = record.version();
        if (dialect == Dialect.POSTGRESQL) {
            // Two processes recording versions of one document take turns, so each reads the latest the other wrote.
            handle.createQuery("SELECT id FROM documents WHERE id = :id FOR UPDATE")
                    .bind("id", version.documentId())
                    .mapTo(Long.class)
                    .one();
        }
        Optional<VersionRow> previous = Versions.latest(handle, version.documentId());
        long id = Versions.insert(handle, version);
        Provisions.insert(handle, id, record.provisions(), textsWritten);
        Provisions.insertRelations(handle, id, record.relations());
        Readings.insert(handle, record.readings());
        if (record.change().isPresent()) {
            VersionRow from = previous.orElseThrow(() -> new StoreException("a change record for the first version of "
                    + "document " + version.documentId() + " has no version to start from"));
            ExplainedChange change = record.change().orElseThrow();
            long changeId = Changes.insert(handle, version.documentId(), from.id(), id, version.capturedAt(), change);
            if (!listeners.isEmpty()) {
                notifyListeners(handle, recorded(handle, changeId, from, id, version, change));
            }
        }
        return id;
    }

    private void notifyListeners(Handle handle, ChangeRow change) {
        Transaction transaction = new Transaction(handle);
        for (ChangeListener listener : listeners) {
            listener.recorded(change, transaction);
        }
    }

    /** The change record just written, as listeners are told of it: from what was written, not read back. */
    private static ChangeRow recorded(
            Handle handle, long changeId, VersionRow from, long toVersionId, NewVersion to, ExplainedChange change) {
        return new ChangeRow(
                changeId,
                Documents.byId(handle, to.documentId()).orElseThrow(),
                from.id(),
                from.capturedAt(),
                toVersionId,
                to.capturedAt(),
                change.record().significance(),
                change.record().flags(),
                change.record().summary(),
                items(change),
                change.topics(),
                change.severity());
    }

    private static List<ChangeItemRow> items(ExplainedChange change) {
        List<ChangeItem> items = change.record().items();
        return IntStream.range(0, items.size())
                .mapToObj(i -> ChangeItemRow.of(items.get(i), change.items().get(i)))
                .toList();
    }
}
