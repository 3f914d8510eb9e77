/** Importing version histories from Open Terms Archive datasets. */
package org.clausewatch.importer;
