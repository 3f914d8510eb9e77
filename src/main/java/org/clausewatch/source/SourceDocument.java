package org.clausewatch.source;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** One page of a document: where to fetch it and which parts of it are the document. */
public record SourceDocument(
        URI location,
        List<Selector> select,
        List<Selector> remove,
        List<Filter> filters,
        boolean executeClientScripts) {
    public SourceDocument {
        Objects.requireNonNull(location, "location");
        select = List.copyOf(select);
        remove = List.copyOf(remove);
        filters = List.copyOf(filters);
    }

    /** Whether the declaration points at a PDF, which is fetched whole and never selected from. */
    public boolean isPdf() {
        return location.getPath() != null
                && location.getPath().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}
