package org.clausewatch.track;

import java.io.IOException;
import java.net.URI;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.extract.Page;
import org.clausewatch.source.SourceDocument;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.Store;

/** Pages read back from the archive, decoded as they were when captured. */
final class ArchivedPages {
    private final Store store;
    private final WarcArchive archive;

    ArchivedPages(Store store, WarcArchive archive) {
        this.store = store;
        this.archive = archive;
    }

    Page read(CaptureRow capture, SourceDocument source) throws IOException {
        ContentType type = ContentType.parse(capture.mediaType());
        return new Page(
                URI.create(capture.url()),
                archive.readPayload(payloadSource(capture).archived()),
                type.mediaType(),
                type.charset(),
                source);
    }

    /** A revisit record holds no payload: the bytes are in the earlier full capture with the same digest. */
    private CaptureRow payloadSource(CaptureRow capture) throws IOException {
        if (!capture.revisit()) {
            return capture;
        }
        return store.payloadSource(capture)
                .orElseThrow(() -> new IOException("capture " + capture.id() + " of " + capture.url()
                        + " is a revisit whose original record is not indexed"));
    }
}
