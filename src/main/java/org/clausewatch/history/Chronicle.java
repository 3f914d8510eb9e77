package org.clausewatch.history;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Differ;
import org.clausewatch.change.Oscillation;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.Aligner;
import org.clausewatch.provision.Alignment;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.clausewatch.provision.Segmenter;

/**
 * The provision-level reading of a document's history, one version at a time: segment the new version, align
 * its provisions with the previous version's so each keeps its lineage id, and record what changed.
 */
public final class Chronicle {
    /** How many earlier versions a flip back is looked for in (A → B → A is an oscillation). */
    public static final int OSCILLATION_WINDOW = 10;

    private final Segmenter segmenter = new Segmenter();
    private final Aligner aligner = new Aligner();
    private final Differ differ = new Differ();

    /** The previous version as the chronicle needs it: its provisions and the digests of the recent versions, oldest first. */
    public record Previous(List<LineagedProvision> provisions, List<Sha256> recentVersions) {
        public Previous {
            provisions = List.copyOf(provisions);
            recentVersions = List.copyOf(recentVersions);
        }
    }

    /** A new version read provision by provision; {@code change} is empty for a document's first version. */
    public record Revision(
            List<LineagedProvision> provisions, List<Alignment.Relation> relations, Optional<ChangeRecord> change) {
        public Revision {
            provisions = List.copyOf(provisions);
            relations = List.copyOf(relations);
        }

        public boolean oscillation() {
            return change.map(c -> c.flags().contains(ChangeRecord.Flag.OSCILLATION))
                    .orElse(false);
        }
    }

    /**
     * Reads {@code markdown} as the next version after {@code previous}. New lineages take ids from {@code
     * newLineageId}; {@code flags} (imported, technical upgrade) are carried onto the change record.
     */
    public Revision revise(
            Optional<Previous> previous, String markdown, Set<ChangeRecord.Flag> flags, Supplier<String> newLineageId) {
        List<Provision> provisions = segmenter.segment(markdown);
        List<LineagedProvision> before = previous.map(Previous::provisions).orElse(List.of());
        Alignment alignment = aligner.align(before, provisions, newLineageId);
        if (previous.isEmpty()) {
            return new Revision(alignment.provisions(), alignment.relations(), Optional.empty());
        }
        ChangeRecord change = differ.diff(before, alignment.provisions());
        for (ChangeRecord.Flag flag : flags) {
            change = change.flagged(flag);
        }
        if (Oscillation.isOscillation(
                Sha256.of(markdown), previous.orElseThrow().recentVersions())) {
            change = change.flagged(ChangeRecord.Flag.OSCILLATION);
        }
        return new Revision(alignment.provisions(), alignment.relations(), Optional.of(change));
    }
}
