/** Declarations: where and how to fetch each governance document, read from Open Terms Archive's declaration format and validated. */
package org.clausewatch.source;
