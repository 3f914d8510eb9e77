package org.clausewatch.store;

/**
 * Identifies what the store holds for browsing: the newest version, the newest document and the newest batch of
 * readings recorded. These ids only grow, and every version, provision, change record and
 * reading the pages show is recorded with a version or in a batch of readings (also by {@code analyse} in another
 * process), so two equal stamps mean the same pages.
 */
public record ContentStamp(long latestVersionId, long latestDocumentId, long latestReadingBatch) {}
