package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Optional;
import org.clausewatch.knowledge.Severity;

/**
 * What changed in a provision's analysis between two versions: the attribute deltas and the severity before and
 * after; {@code summary} joins the delta sentences and the severity change.
 */
public record ChangeAnalysis(
        List<AttributeDelta> deltas,
        Optional<Severity> severityBefore,
        Optional<Severity> severityAfter,
        String summary) {
    public ChangeAnalysis {
        deltas = List.copyOf(deltas);
    }

    /** Higher than before; a first assessment counts as raised from nothing. */
    public boolean severityRaised() {
        return severityAfter.isPresent()
                && severityBefore
                        .map(b -> severityAfter.orElseThrow().compareTo(b) > 0)
                        .orElse(true);
    }

    public boolean severityLowered() {
        return severityBefore.isPresent()
                && severityAfter
                        .map(a -> a.compareTo(severityBefore.orElseThrow()) < 0)
                        .orElse(true);
    }

    public boolean unchanged() {
        return deltas.isEmpty() && severityBefore.equals(severityAfter);
    }
}
