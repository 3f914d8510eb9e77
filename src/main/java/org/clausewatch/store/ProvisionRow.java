package org.clausewatch.store;

import java.util.List;
import java.util.Optional;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;

/** A recorded provision of a version. */
public record ProvisionRow(
        long versionId,
        int position,
        String lineageId,
        int page,
        Provision.Kind kind,
        List<String> path,
        Optional<String> context,
        String text,
        String key) {
    public ProvisionRow {
        path = List.copyOf(path);
    }

    /** The key its reading is stored under: of its words and its lead-in ({@link Provision#readingKey}). */
    public String readingKey() {
        return lineaged().provision().readingKey();
    }

    /** The provision as the core reads it. */
    public LineagedProvision lineaged() {
        // rows recorded before provisions kept their key have an empty one: the key is a function of the text
        return new LineagedProvision(
                lineageId,
                new Provision(key.isEmpty() ? Provision.keyOf(text) : key, path, position, page, text, context, kind));
    }
}
