package org.clausewatch.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.store.CustodyStampRow;

/** Whether a token's time agrees with the chain: not before its link's capture, not before an earlier token. */
final class TimeOrder {
    private TimeOrder() {}

    static List<String> check(String where, Instant time, CustodyStampRow stamp, Optional<Instant> previous) {
        List<String> problems = new ArrayList<>();
        if (time.isBefore(stamp.link().fetchedAt().minus(Timestamping.CLOCK_SKEW))) {
            problems.add(where + ": the token's time " + time + " is before its capture was fetched ("
                    + stamp.link().fetchedAt() + ")");
        }
        if (previous.isPresent() && time.isBefore(previous.orElseThrow())) {
            problems.add(where + ": the token's time " + time + " is before that of the token of an earlier link ("
                    + previous.orElseThrow() + ")");
        }
        if (!time.equals(stamp.stampedAt())) {
            problems.add(where + ": the token says " + time + " but was recorded as " + stamp.stampedAt());
        }
        return problems;
    }
}
