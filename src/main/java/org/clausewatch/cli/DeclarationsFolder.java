package org.clausewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausewatch.Settings;
import org.clausewatch.source.DeclarationProblem;
import org.clausewatch.source.DeclarationSet;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.source.ServiceDeclaration;

/** Finding the declarations folder and choosing documents from it. */
final class DeclarationsFolder {
    private DeclarationsFolder() {}

    static Path resolve(Settings settings) {
        Path folder = settings.declarations().orElse(Path.of("declarations"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "declarations folder '" + folder + "' does not exist; pass --declarations DIR");
        }
        return folder;
    }

    /** Every document of the chosen services (all when none is named); a named service that is not declared is an error. */
    static List<DocumentDeclaration> select(DeclarationSet set, List<String> services) {
        Set<String> declared = new TreeSet<>();
        set.services().forEach(s -> declared.add(s.service()));
        for (String service : services) {
            if (!declared.contains(service)) {
                throw new IllegalArgumentException("service '" + service + "' is not declared; declared: " + declared);
            }
        }
        return set.services().stream()
                .filter(s -> services.isEmpty() || services.contains(s.service()))
                .map(ServiceDeclaration::documents)
                .flatMap(List::stream)
                .toList();
    }

    static Map<String, Object> json(DeclarationProblem problem) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("file", problem.file().toString());
        node.put("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        node.put("message", problem.message());
        return node;
    }
}
