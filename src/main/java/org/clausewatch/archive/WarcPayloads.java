package org.clausewatch.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/** Where the payload sits in the block of each kind of record ClauseWatch writes. */
final class WarcPayloads {
    private WarcPayloads() {}

    /** The payload inside {@code block}, the already-read block of {@code record}. */
    static byte[] payload(WarcRecord record, byte[] block) throws IOException {
        if (record instanceof WarcResponse) {
            HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
            return http.body().stream().readAllBytes();
        }
        if (record instanceof WarcResource) {
            return block;
        }
        throw new IOException("a " + record.type() + " record holds no payload");
    }

    static boolean holdsPayload(WarcRecord record) {
        return record instanceof WarcResponse || record instanceof WarcResource;
    }
}
