package org.clausewatch;

/** Composition root: builds configuration, storage and services by hand, then runs the command line. */
public final class ClauseWatch {
    private ClauseWatch() {}

    public static void main(String[] args) {
        System.out.println("ClauseWatch");
    }
}
