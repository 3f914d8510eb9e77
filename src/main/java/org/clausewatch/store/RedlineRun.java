package org.clausewatch.store;

/** The stored shape of one run of a word-level redline: {@code equal}, {@code insert} or {@code delete}, and its words. */
record RedlineRun(String op, String text) {}
