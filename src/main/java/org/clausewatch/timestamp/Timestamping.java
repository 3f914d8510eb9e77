package org.clausewatch.timestamp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.clausewatch.store.CustodyLinkRow;
import org.clausewatch.store.CustodyStampRow;
import org.clausewatch.store.NewCustodyStamp;
import org.clausewatch.store.Store;

/**
 * Keeps the custody chain's head under trusted time: after a tracking pass, when the head has no token yet and the
 * last request is at least the configured interval old, asks the authority for a token over the head's hash, checks it
 * and keeps it with the head's link. A failure is recorded and asked again at a later pass; it never fails the pass.
 */
public final class Timestamping {
    /**
     * How far a token may seem to predate the capture it covers: the capture time is ClauseWatch's clock, the token's
     * the authority's, and two clocks disagree by seconds. A larger gap means the index was written after the token.
     */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Store store;
    private final Optional<TimestampAuthority> authority;
    private final TimestampConfig config;
    private final Clock clock;

    public Timestamping(Store store, Optional<TimestampAuthority> authority, TimestampConfig config, Clock clock) {
        this.store = store;
        this.authority = authority;
        this.config = config;
        this.clock = clock;
    }

    /** What one call of {@link #stampIfDue} did. */
    public enum Outcome {
        NOT_CONFIGURED,
        NOTHING_TO_STAMP,
        UP_TO_DATE,
        TOO_SOON,
        STAMPED,
        FAILED
    }

    /** Asks for a token over the head's hash when one is due; one request at a time in this process. */
    public synchronized Outcome stampIfDue() {
        if (authority.isEmpty()) {
            return Outcome.NOT_CONFIGURED;
        }
        Optional<CustodyLinkRow> head = store.custodyHead();
        if (head.isEmpty()) {
            return Outcome.NOTHING_TO_STAMP;
        }
        long seq = head.orElseThrow().seq();
        if (store.latestCustodyStamp().map(s -> s.link().seq() == seq).orElse(false)) {
            return Outcome.UP_TO_DATE;
        }
        Instant now = clock.instant();
        if (store.lastCustodyStampAttempt()
                .map(last -> now.isBefore(last.plus(config.interval())))
                .orElse(false)) {
            return Outcome.TOO_SOON;
        }
        return stamp(authority.orElseThrow(), head.orElseThrow(), now);
    }

    private Outcome stamp(TimestampAuthority tsa, CustodyLinkRow head, Instant now) {
        String where = tsa.url().toString();
        try {
            Bytes token = tsa.stamp(head.hash());
            TokenFacts facts = TokenCheck.check(token, head.hash(), config.trusted());
            if (!facts.valid() || (!config.trusted().isEmpty() && !facts.signerTrusted())) {
                String why = facts.valid()
                        ? "signer " + facts.signer() + " is not one of the trusted certificates"
                        : String.join("; ", facts.problems());
                store.recordCustodyStampFailure(head.seq(), where, now, "the token does not check: " + why);
                return Outcome.FAILED;
            }
            store.recordCustodyStamp(
                    head.seq(), new NewCustodyStamp(token, where, facts.time().orElseThrow(), now));
            return Outcome.STAMPED;
        } catch (TimestampException e) {
            store.recordCustodyStampFailure(head.seq(), where, now, e.getMessage());
            return Outcome.FAILED;
        }
    }

    /**
     * Checks every token kept: it is a valid token over its link's hash, its signer is trusted when certificates are
     * configured, it is not earlier than its link's capture, and no token is earlier than one kept before it.
     */
    public TimestampReport verify() {
        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Optional<Instant> previous = Optional.empty();
        List<CustodyStampRow> stamps = store.custodyStamps();
        for (CustodyStampRow stamp : stamps) {
            TokenFacts facts = TokenCheck.check(stamp.token(), stamp.link().hash(), config.trusted());
            String where = "timestamp of custody link " + stamp.link().seq();
            facts.problems().forEach(p -> problems.add(where + ": " + p));
            trust(facts, where, problems, notices);
            Instant time = facts.time().orElse(stamp.stampedAt());
            problems.addAll(TimeOrder.check(where, time, stamp, previous));
            previous = Optional.of(time);
        }
        return new TimestampReport(
                stamps.size(), stamps.isEmpty() ? Optional.empty() : Optional.of(stamps.getLast()), problems, notices);
    }

    private void trust(TokenFacts facts, String where, List<String> problems, List<String> notices) {
        if (config.trusted().isEmpty()) {
            if (notices.isEmpty()) {
                notices.add("no trusted TSA certificates are configured (tsa-ca-certificates): tokens are checked "
                        + "against the certificate each carries, which proves integrity, not who signed");
            }
        } else if (facts.valid() && !facts.signerTrusted()) {
            problems.add(where + ": signer " + facts.signer() + " does not chain to a trusted certificate");
        }
    }
}
