package org.clausewatch.analysis;

/** One ToS;DR point: the service, the curated case it illustrates and the quoted excerpt of the service's terms. */
record TosdrPoint(String service, String caseTitle, String quote) {}
