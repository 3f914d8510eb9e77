package org.clausewatch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the composition root opened, closed last-opened first, so that nothing outlives what it uses. A failure to
 * close one part does not keep the others open.
 */
final class Closer {
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    /** Takes {@code part} into the root's care and hands it back. */
    synchronized <T extends AutoCloseable> T add(T part) {
        opened.push(part);
        return part;
    }

    /** Closes everything; the first failure is thrown, later ones are suppressed into it. */
    synchronized void close() throws IOException {
        Exception first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (first != null) {
            throw new IOException("closing ClauseWatch failed: " + first.getMessage(), first);
        }
    }
}
