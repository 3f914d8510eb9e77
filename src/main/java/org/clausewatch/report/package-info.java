/** Printable reports: a provision or a change as a PDF that says what its page says, with fonts embedded. */
package org.clausewatch.report;
