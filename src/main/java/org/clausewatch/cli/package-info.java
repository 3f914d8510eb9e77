/** The command line: one picocli command per user task, human or JSON output. */
package org.clausewatch.cli;
