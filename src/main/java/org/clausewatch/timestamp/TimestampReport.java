package org.clausewatch.timestamp;

import java.util.List;
import java.util.Optional;
import org.clausewatch.store.CustodyStampRow;

/** Every kept token checked: how many, the latest, what does not hold, and what is worth knowing but holds. */
public record TimestampReport(
        int tokens, Optional<CustodyStampRow> latest, List<String> problems, List<String> notices) {
    public TimestampReport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }
}
