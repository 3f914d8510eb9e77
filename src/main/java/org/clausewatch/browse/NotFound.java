package org.clausewatch.browse;

/**
 * The service, document, version, change, provision, capture, topic or regulation asked for does not exist. A bad
 * argument to the command line (exit status 2), a 404 on the web.
 */
public final class NotFound extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
        super(message);
    }
}
