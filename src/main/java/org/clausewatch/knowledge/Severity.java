package org.clausewatch.knowledge;

/** How much a provision takes from or risks for the user, from the methodology's rule table. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
