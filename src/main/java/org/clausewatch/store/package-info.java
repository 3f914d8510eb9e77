/**
 * The database: schema migrations per dialect, and the explicit SQL that records documents, captures, versions and
 * failures beside the mapping of each table's rows to the pipeline's typed values.
 */
package org.clausewatch.store;
