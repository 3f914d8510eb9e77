package org.clausewatch.archive;

import java.io.IOException;

/** A record of the archive could not be written, read or trusted; the message names the file and offset. */
public final class ArchiveException extends IOException {
    private static final long serialVersionUID = 1L;

    ArchiveException(String message) {
        super(message);
    }

    ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
