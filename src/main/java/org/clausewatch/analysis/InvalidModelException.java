package org.clausewatch.analysis;

import java.io.IOException;

/** A model file that cannot be read as what ClauseWatch wrote; the message names the file and what is wrong. */
final class InvalidModelException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidModelException(String message) {
        super(message);
    }
}
