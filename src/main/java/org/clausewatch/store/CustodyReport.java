package org.clausewatch.store;

import java.util.List;

/**
 * The custody chain walked from its first link: how many links were checked, the hash of the last one (an operator can
 * publish it, so that even a cut-off tail of the chain becomes detectable), and what did not match.
 */
public record CustodyReport(long links, String head, List<String> problems) {
    public CustodyReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
