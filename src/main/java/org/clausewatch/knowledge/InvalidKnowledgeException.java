package org.clausewatch.knowledge;

import java.io.IOException;

/** A knowledge file (taxonomy, regulations, cue lists) that breaks its schema; the message names the file and the entry. */
public final class InvalidKnowledgeException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidKnowledgeException(String message) {
        super(message);
    }

    public InvalidKnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
