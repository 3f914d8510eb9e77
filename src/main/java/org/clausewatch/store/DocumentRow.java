package org.clausewatch.store;

/** A tracked document: one governance document (terms type) of one service. */
public record DocumentRow(long id, String service, String termsType) {}
