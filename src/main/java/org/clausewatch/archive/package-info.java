/** The evidence archive: raw captures kept byte-exact in WARC files, read back and checked against their digests. */
package org.clausewatch.archive;
