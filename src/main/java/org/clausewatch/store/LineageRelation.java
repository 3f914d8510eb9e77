package org.clausewatch.store;

import java.util.Objects;
import org.clausewatch.provision.Alignment;

/** How a lineage of a version relates to one before it, e.g. {@code split} from one into another. */
public record LineageRelation(Kind kind, String fromLineage, String toLineage) {
    /** The kinds of relation, stored under their labels. */
    public enum Kind {
        /** Part of {@code from} became the new lineage {@code to}. */
        SPLIT,
        /** Lineage {@code from} ended by being merged into {@code to}. */
        MERGE,
        /** A provision left one document of a service ({@code from}) and lives on in another ({@code to}). */
        MOVED_ACROSS_DOCUMENTS
    }

    public LineageRelation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fromLineage, "fromLineage");
        Objects.requireNonNull(toLineage, "toLineage");
    }

    /** The stored form of a split or merge found by alignment. */
    public static LineageRelation of(Alignment.Relation relation) {
        Kind kind = switch (relation.type()) {
            case SPLIT -> Kind.SPLIT;
            case MERGE -> Kind.MERGE;
        };
        return new LineageRelation(kind, relation.from(), relation.to());
    }
}
