package org.clausewatch.store;

/** One run of a word-level redline: {@code equal}, {@code insert} or {@code delete}, and its words. */
public record RedlineRun(String op, String text) {}
