/** Reading a provision: its topics, unfair-clause kinds, attributes, severity and plain-language analysis, in one step. */
package org.clausewatch.reading;
