package org.clausewatch.source;

import java.util.List;

/** What a declarations folder holds: the services that loaded, and every problem found on the way. */
public record DeclarationSet(List<ServiceDeclaration> services, List<DeclarationProblem> problems) {
    public DeclarationSet {
        services = List.copyOf(services);
        problems = List.copyOf(problems);
    }
}
