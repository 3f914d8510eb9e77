package org.clausewatch.analysis;

import java.io.IOException;

/** A knowledge file (taxonomy, regulations) that breaks its schema; the message names the file and the entry. */
public final class InvalidKnowledgeException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidKnowledgeException(String message) {
        super(message);
    }

    InvalidKnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
