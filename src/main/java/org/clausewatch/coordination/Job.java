package org.clausewatch.coordination;

/** One document of a pass, claimed by this process; {@code attempt} is 1 unless a lease lapsed before. */
public record Job(long passId, String service, String termsType, int attempt) {}
