/** Pure change rules: the change record between two aligned versions, its word-level redlines and significance. */
package org.clausewatch.change;
