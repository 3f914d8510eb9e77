package org.clausewatch.web;

/** Thrown by a handler when the service, document, version, change or provision asked for does not exist. */
final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
        super(message);
    }
}
