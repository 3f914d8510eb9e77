package org.clausewatch.source;

import java.util.List;

/**
 * What a declarations folder holds: the services that loaded, and every problem found on the way, each once
 * (a history file repeats the same filter in many entries; one warning says it).
 */
public record DeclarationSet(List<ServiceDeclaration> services, List<DeclarationProblem> problems) {
    public DeclarationSet {
        services = List.copyOf(services);
        problems = problems.stream().distinct().toList();
    }
}
