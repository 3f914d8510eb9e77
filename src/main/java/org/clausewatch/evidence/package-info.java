/**
 * Evidence packs: one ZIP per version (or provision) with the WARC records behind it, its text and readings, the
 * custody links up to a timestamped head, the RFC 3161 token and a SHA-256 manifest, checkable offline with standard
 * tools; and the offline check of such a pack.
 */
package org.clausewatch.evidence;
