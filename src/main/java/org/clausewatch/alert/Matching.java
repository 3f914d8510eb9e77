package org.clausewatch.alert;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;

/**
 * Whether a change concerns a subscription: a pure function of the two values. Changes that are not changes of
 * terms (oscillations, technical upgrades, imported history) and cosmetic changes never match. A topic or
 * severity filter matches only on known topics and a known severity: missing analysis is no match, never "all".
 */
final class Matching {
    /** Change flags that mark a recorded difference which is not a change of the terms. */
    static final Set<ChangeRecord.Flag> NEVER_ALERTED =
            EnumSet.of(ChangeRecord.Flag.OSCILLATION, ChangeRecord.Flag.TECHNICAL_UPGRADE, ChangeRecord.Flag.IMPORTED);

    private Matching() {}

    static boolean matches(Filter filter, ChangeFacts change) {
        if (watchedProvisionChanged(filter, change)) {
            return true;
        }
        return isAlertable(change)
                && significanceWanted(filter, change)
                && containsIgnoringCase(filter.services(), change.service())
                && (filter.documents().isEmpty() || containsIgnoringCase(filter.documents(), change.termsType()))
                && topicsWanted(filter, change)
                && severityWanted(filter, change);
    }

    /**
     * A provision watched by its lineage was modified (more than cosmetically), moved (also to another document) or
     * removed by a change of the terms: wanted whatever the rest of the filter says.
     */
    private static boolean watchedProvisionChanged(Filter filter, ChangeFacts change) {
        if (filter.lineages().isEmpty() || change.flags().stream().anyMatch(NEVER_ALERTED::contains)) {
            return false;
        }
        return change.items().stream()
                .anyMatch(item -> filter.lineages().contains(item.lineageId())
                        && (item.kind() != ChangeItem.Kind.MODIFIED || item.significance() != Significance.COSMETIC)
                        && item.kind() != ChangeItem.Kind.ADDED);
    }

    static boolean isAlertable(ChangeFacts change) {
        return change.flags().stream().noneMatch(NEVER_ALERTED::contains)
                && change.significance() != Significance.COSMETIC;
    }

    private static boolean significanceWanted(Filter filter, ChangeFacts change) {
        return change.significance() == Significance.SUBSTANTIVE
                || (filter.minorToo() && change.significance() == Significance.MINOR);
    }

    private static boolean topicsWanted(Filter filter, ChangeFacts change) {
        return filter.topics().isEmpty() || filter.topics().stream().anyMatch(change.topics()::contains);
    }

    private static boolean severityWanted(Filter filter, ChangeFacts change) {
        if (filter.minSeverity().isEmpty()) {
            return true;
        }
        return change.maxSeverity()
                .map(severity -> severity.compareTo(filter.minSeverity().orElseThrow()) >= 0)
                .orElse(false);
    }

    private static boolean containsIgnoringCase(Set<String> values, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
