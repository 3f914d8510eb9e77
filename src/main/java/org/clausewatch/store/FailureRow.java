package org.clausewatch.store;

import java.time.Instant;
import org.clausewatch.common.Failure;

/** One recorded failure of tracking a document. */
public record FailureRow(long id, long documentId, Instant failedAt, Failure failure) {}
