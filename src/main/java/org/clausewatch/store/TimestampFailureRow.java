package org.clausewatch.store;

import java.time.Instant;

/** A request for a timestamp token that got none: which link it was for, where it went, when, and why it failed. */
public record TimestampFailureRow(long seq, String authority, Instant attemptedAt, String message) {}
