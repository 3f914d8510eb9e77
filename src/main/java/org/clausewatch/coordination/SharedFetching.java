package org.clausewatch.coordination;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clausewatch.common.Bytes;
import org.clausewatch.fetch.FetchSharing;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Politeness through the database: a host's row says which process holds its turn (until when, renewed by the
 * heartbeat so a killed process's turn lapses) and when the next request may start; robots.txt answers are rows too.
 */
final class SharedFetching implements FetchSharing {
    /** How long a robots.txt answer is trusted before some process fetches it again. */
    static final Duration ROBOTS_KEPT = Duration.ofHours(24);

    /** How often a process waiting for a host another process holds asks again. */
    private static final long POLL_MS = 50;

    private static final String NOW = DatabaseTime.NOW;

    private final Jdbi jdbi;
    private final String worker;
    private final Duration lease;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    SharedFetching(Jdbi jdbi, String worker, Duration lease) {
        this.jdbi = jdbi;
        this.worker = worker;
        this.lease = lease;
    }

    @Override
    public void takeTurn(String host) throws InterruptedException {
        if (known.add(host)) {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO host_turns (host) VALUES (:host) ON CONFLICT (host) DO NOTHING")
                    .bind("host", host)
                    .execute());
        }
        while (true) {
            long wait = jdbi.withHandle(handle -> tryTake(handle, host));
            if (wait <= 0) {
                return;
            }
            Thread.sleep(Math.min(wait, POLL_MS));
        }
    }

    /** Takes the turn and returns 0, or returns how long to wait before asking again. */
    private long tryTake(Handle handle, String host) {
        int taken = handle.createUpdate("UPDATE host_turns SET holder = :worker, held_until = " + NOW
                        + " + :lease WHERE host = :host AND (holder IS NULL OR held_until < " + NOW
                        + ") AND free_at <= "
                        + NOW)
                .bind("worker", worker)
                .bind("lease", lease.toMillis())
                .bind("host", host)
                .execute();
        if (taken == 1) {
            return 0;
        }
        return handle.createQuery("SELECT CASE WHEN holder IS NOT NULL AND held_until >= " + NOW + " THEN " + POLL_MS
                        + " ELSE GREATEST(free_at - " + NOW + ", 1) END FROM host_turns WHERE host = :host")
                .bind("host", host)
                .mapTo(Long.class)
                .one();
    }

    @Override
    public void endTurn(String host, Duration delay) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE host_turns SET holder = NULL, held_until = 0, free_at = "
                        + NOW + " + :delay WHERE host = :host AND holder = :worker")
                .bind("delay", delay.toMillis())
                .bind("host", host)
                .bind("worker", worker)
                .execute());
    }

    @Override
    public Optional<RobotsAnswer> robots(String robotsUrl) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT status, content_type, body FROM robots_answers"
                        + " WHERE robots_url = :url AND fetched_at >= " + NOW + " - :kept")
                .bind("url", robotsUrl)
                .bind("kept", ROBOTS_KEPT.toMillis())
                .map((rs, ctx) -> new RobotsAnswer(
                        rs.getInt("status"), rs.getString("content_type"), Bytes.of(rs.getBytes("body"))))
                .findOne());
    }

    @Override
    public void keepRobots(String robotsUrl, RobotsAnswer answer) {
        jdbi.useHandle(
                handle -> handle.createUpdate("INSERT INTO robots_answers (robots_url, status, content_type, body,"
                                + " fetched_at) VALUES (:url, :status, :type, :body, " + NOW
                                + ") ON CONFLICT (robots_url) DO"
                                + " UPDATE SET status = excluded.status, content_type = excluded.content_type,"
                                + " body = excluded.body, fetched_at = excluded.fetched_at")
                        .bind("url", robotsUrl)
                        .bind("status", answer.status())
                        .bind("type", answer.contentType())
                        .bind("body", answer.body().toArray())
                        .execute());
    }

    /** Extends the hold on every host turn this process has. */
    void renew(Handle handle) {
        handle.createUpdate("UPDATE host_turns SET held_until = " + NOW + " + :lease WHERE holder = :worker")
                .bind("lease", lease.toMillis())
                .bind("worker", worker)
                .execute();
    }
}
