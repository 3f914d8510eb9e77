package org.clausewatch.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** The stream a committed model is read from: its gzip-compressed bytes, inflated a block at a time. */
final class ModelInput {
    /**
     * A model is millions of two- and four-byte numbers; read straight from the inflater, each would be a call into
     * zlib of its own. Inflating into this buffer turns them into array reads, and nothing is copied whole.
     */
    private static final int BUFFER = 1 << 16;

    private ModelInput() {}

    static DataInputStream of(InputStream source) throws IOException {
        return new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, BUFFER), BUFFER));
    }
}
