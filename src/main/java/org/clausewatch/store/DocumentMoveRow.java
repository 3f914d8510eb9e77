package org.clausewatch.store;

/**
 * A provision's move between two documents of one service: {@code fromLineage} in {@code fromTermsType} lives on as
 * {@code toLineage} in {@code toTermsType}.
 */
public record DocumentMoveRow(String fromTermsType, String fromLineage, String toTermsType, String toLineage) {}
