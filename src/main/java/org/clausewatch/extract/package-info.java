/** Pure extraction: a captured page, a declaration and an extractor version in, deterministic Markdown out. */
package org.clausewatch.extract;
