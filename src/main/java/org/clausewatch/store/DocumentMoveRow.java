package org.clausewatch.store;

/**
 * A provision's move between two documents of one service: {@code fromLineage} in {@code fromTermsType} lives on as
 * {@code toLineage} in {@code toTermsType}; {@code versionId} is the version whose recording recognised the move.
 */
public record DocumentMoveRow(
        long versionId, String fromTermsType, String fromLineage, String toTermsType, String toLineage) {}
