package org.clausewatch.analysis.attribute;

import java.util.List;
import org.clausewatch.knowledge.Severity;

/**
 * What changed in a provision's analysis between two versions: the attribute deltas and the severity before and
 * after; {@code summary} joins the delta sentences and the severity change.
 */
public record ChangeAnalysis(
        List<AttributeDelta> deltas, Severity severityBefore, Severity severityAfter, String summary) {
    public ChangeAnalysis {
        deltas = List.copyOf(deltas);
    }

    public boolean severityRaised() {
        return severityAfter.compareTo(severityBefore) > 0;
    }

    public boolean severityLowered() {
        return severityAfter.compareTo(severityBefore) < 0;
    }

    public boolean unchanged() {
        return deltas.isEmpty() && severityBefore == severityAfter;
    }
}
