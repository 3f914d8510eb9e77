/** The database: schema migrations per dialect and the explicit SQL that records documents, captures, versions and failures. */
package org.clausewatch.store;
