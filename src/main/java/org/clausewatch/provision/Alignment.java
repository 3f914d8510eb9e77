package org.clausewatch.provision;

import java.util.List;
import java.util.Objects;

/**
 * The new version's provisions with their lineage ids, how each was matched to the previous version, and the splits
 * and merges found on the way.
 */
public record Alignment(List<LineagedProvision> provisions, List<Match> matches, List<Relation> relations) {

    /** The stage of alignment that recognised a provision. */
    public enum Stage {
        /** The same Markdown text. */
        IDENTICAL,
        /** The same words once case, punctuation, link targets and a leading clause number are set aside. */
        NORMALISED,
        /** Near-identical wording: most word 3-shingles in common. */
        SIMILAR,
        /** The only candidate in the same place between two recognised neighbours. */
        POSITIONAL,
        /** The same provision rewritten: most of its distinct words in common, whatever their order. */
        REWORDED,
        /**
         * The older copy of a text shown twice, continued by what the newer copy became when the older one went (see
         * Supersession).
         */
        SUPERSEDED,
        /** The larger part of a provision that was split in two. */
        SPLIT,
        /** The provision into which a smaller one was merged, keeping the larger one's id. */
        MERGE
    }

    /** Provision {@code previous} of the previous version lives on as provision {@code next} of the new one. */
    public record Match(int previous, int next, Stage stage) {
        public Match {
            Objects.requireNonNull(stage, "stage");
        }
    }

    /** How lineages relate across a split or merge. */
    public enum RelationType {
        /** Part of {@code from} became the new lineage {@code to}. */
        SPLIT,
        /** Lineage {@code from} ended by being merged into {@code to}. */
        MERGE
    }

    /** A split or merge between two lineages. */
    public record Relation(RelationType type, String from, String to) {
        public Relation {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public Alignment {
        provisions = List.copyOf(provisions);
        matches = List.copyOf(matches);
        relations = List.copyOf(relations);
    }
}
