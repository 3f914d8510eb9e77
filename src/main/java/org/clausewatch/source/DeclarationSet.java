package org.clausewatch.source;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a declarations folder holds: the services that loaded, and every problem found on the way, each once
 * (a history file repeats the same filter in many entries; one warning says it).
 */
public record DeclarationSet(List<ServiceDeclaration> services, List<DeclarationProblem> problems) {
    public DeclarationSet {
        services = List.copyOf(services);
        problems = problems.stream().distinct().toList();
    }

    /**
     * Every document of the named services, all when none is named.
     *
     * @throws IllegalArgumentException naming a service that is not declared, with those that are
     */
    public List<DocumentDeclaration> documentsOf(List<String> names) {
        Set<String> declared = new TreeSet<>();
        services.forEach(s -> declared.add(s.service()));
        for (String name : names) {
            if (!declared.contains(name)) {
                throw new IllegalArgumentException("service '" + name + "' is not declared; declared: " + declared);
            }
        }
        return services.stream()
                .filter(s -> names.isEmpty() || names.contains(s.service()))
                .map(ServiceDeclaration::documents)
                .flatMap(List::stream)
                .toList();
    }
}
