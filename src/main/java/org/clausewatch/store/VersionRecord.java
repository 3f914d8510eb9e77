package org.clausewatch.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.reading.ExplainedChange;

/**
 * Everything recorded with a new version, in one transaction: its provisions, lineage relations, change record and
 * the readings of the wordings it brought.
 */
public record VersionRecord(
        NewVersion version,
        List<LineagedProvision> provisions,
        List<LineageRelation> relations,
        Optional<ExplainedChange> change,
        NewReadings readings) {
    public VersionRecord {
        Objects.requireNonNull(version, "version");
        provisions = List.copyOf(provisions);
        relations = List.copyOf(relations);
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(readings, "readings");
    }

    VersionRecord(
            NewVersion version,
            List<LineagedProvision> provisions,
            List<LineageRelation> relations,
            Optional<ExplainedChange> change) {
        this(version, provisions, relations, change, NewReadings.NONE);
    }

    static VersionRecord of(NewVersion version) {
        return new VersionRecord(version, List.of(), List.of(), Optional.empty());
    }
}
