/** Small immutable values shared by every stage of the pipeline: byte strings, digests and failure classes. */
package org.clausewatch.common;
