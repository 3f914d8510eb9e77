/** Pure provision rules: a version's Markdown cut into provisions, and their lineage aligned from version to version. */
package org.clausewatch.provision;
