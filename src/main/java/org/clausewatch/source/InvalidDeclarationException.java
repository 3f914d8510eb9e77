package org.clausewatch.source;

import java.io.IOException;

/**
 * A part of a declaration file that cannot be read; the message names the document and the bad value, and the
 * loader adds the file. Thrown per document so that one bad document never drops the others.
 */
final class InvalidDeclarationException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidDeclarationException(String message) {
        super(message);
    }

    InvalidDeclarationException(String message, Throwable cause) {
        super(message, cause);
    }
}
