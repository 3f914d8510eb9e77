package org.clausewatch.common;

/**
 * What one run of reading recorded wordings did: provisions given their text key, wordings read, and whether it was
 * stopped before the end.
 */
public record ReadingReport(int keyed, int read, boolean stopped) {}
