package org.clausewatch.store;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.jdbi.v3.core.Handle;

/** SQL for the lines of a document seen to change on every capture, kept by shape (see V12__volatile_lines.sql). */
final class VolatileLineRows {
    private VolatileLineRows() {}

    static Set<String> shapes(Handle handle, long documentId) {
        return new LinkedHashSet<>(
                handle.createQuery("SELECT shape FROM volatile_lines WHERE document_id = :doc ORDER BY first_seen_at")
                        .bind("doc", documentId)
                        .mapTo(String.class)
                        .list());
    }

    /** A shape seen for the first time is inserted; one seen before counts one more rotation. */
    static void rotated(Handle handle, long documentId, Collection<String> shapes, Instant at) {
        for (String shape : shapes) {
            handle.createUpdate("INSERT INTO volatile_lines (document_id, shape_key, shape, first_seen_at, "
                            + "last_seen_at, rotations) VALUES (:doc, :key, :shape, :at, :at, 1) "
                            + "ON CONFLICT (document_id, shape_key) DO UPDATE SET rotations = volatile_lines.rotations"
                            + " + 1, last_seen_at = excluded.last_seen_at")
                    .bind("doc", documentId)
                    .bind("key", Sha256.of(shape).hex())
                    .bind("shape", shape)
                    .bind("at", at.toEpochMilli())
                    .execute();
        }
    }
}
