package org.clausewatch;

import java.util.function.Supplier;

/** A part built on its first use and kept: for what takes a moment to build and most commands never need. */
final class Later<T> implements Supplier<T> {
    private final Supplier<T> build;
    private T part;

    Later(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public synchronized T get() {
        if (part == null) {
            part = build.get();
        }
        return part;
    }
}
