/** Pure: turns each new version of a document into lineaged provisions and a provision-level change record against the version before it. */
package org.clausewatch.history;
