package org.clausewatch.store;

/**
 * Identifies what the store holds for browsing: the newest version and the newest document. Ids only grow, and every
 * version, provision, change record and reading the pages show is recorded with a version, so two equal stamps
 * mean the same pages. Readings recorded apart from a version ({@code analyse}) do not move it.
 */
public record ContentStamp(long latestVersionId, long latestDocumentId) {}
