package org.clausewatch.store;

import java.time.Instant;

/**
 * The earliest version of a document that holds a provision read as being on a topic: its document, id and capture
 * time, and whether it is the document's first recorded version (then the provision may be older than the record).
 */
public record TopicFirstRow(
        String service, String termsType, long versionId, Instant capturedAt, boolean firstRecorded) {}
