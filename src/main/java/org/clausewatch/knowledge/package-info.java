/** What ClauseWatch knows before it reads a word: the topic taxonomy, regulation references, severity levels and the loader of knowledge files. */
package org.clausewatch.knowledge;
