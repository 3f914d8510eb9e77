package org.clausewatch.analysis.attribute;

import java.io.IOException;

/** A word list, rule table or template file of attribute analysis that breaks its format; names file and line. */
public final class InvalidRulesException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidRulesException(String message) {
        super(message);
    }

    InvalidRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
