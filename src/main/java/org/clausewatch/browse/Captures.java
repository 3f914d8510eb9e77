package org.clausewatch.browse;

import java.io.IOException;
import java.util.Optional;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.Store;

/** Archived captures as they are shown: labelled with what the index and the archive say, and their bytes. */
final class Captures {
    private final Store store;
    private final Optional<WarcArchive> archive;

    Captures(Store store, Optional<WarcArchive> archive) {
        this.store = store;
        this.archive = archive;
    }

    CaptureRow row(long id) {
        return store.capture(id).orElseThrow(() -> new NotFound("no capture " + id));
    }

    /**
     * The label of capture {@code id}. What a rendered page was refused is read from the archive; a plain fetch was
     * refused nothing. When the archive is not here or cannot be read they are unknown, and a damaged archive is named
     * rather than failing the label: the label is where it gets diagnosed.
     */
    Views.Capture label(long id) {
        CaptureRow capture = row(id);
        Optional<RefusedRequests> refused = Optional.of(RefusedRequests.none());
        Optional<String> unreadable = Optional.empty();
        if (capture.rendered()) {
            refused = Optional.empty();
            try {
                if (archive.isPresent()) {
                    refused = Optional.of(archive.orElseThrow().refusedRequests(capture.archived()));
                }
            } catch (IOException e) {
                unreadable = Optional.of(e.getMessage());
            }
        }
        return new Views.Capture(
                capture,
                capture.documentId().flatMap(d -> store.browsing().document(d)),
                archive.isPresent(),
                refused,
                unreadable);
    }

    /** The archived payload of {@code capture}, checked against its digest; a revisit's comes from its original. */
    Bytes payload(CaptureRow capture) throws IOException {
        WarcArchive warcs = archive.orElseThrow(() -> new NotFound("the archive is not available to this server"));
        CaptureRow source = capture.revisit()
                ? store.payloadSource(capture)
                        .orElseThrow(() -> new NotFound(
                                "capture " + capture.id() + " is a revisit whose original record is not indexed"))
                : capture;
        return warcs.readPayload(source.archived());
    }
}
