package org.clausewatch.coordination;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Tracking passes shared by every process on the database. A pass is a row and one job per document; a process claims
 * a job with {@code FOR UPDATE SKIP LOCKED}, so no two processes take the same job, and holds it under a lease that
 * its heartbeat renews: the job of a process that died is claimable again once the lease lapses.
 */
public final class Passes {
    /** The origin of a pass started on the deployment's schedule. */
    public static final String SCHEDULE = "schedule";

    /** The origin of a pass an administrator asked for. */
    public static final String REQUEST = "request";

    /** The origin of a pass of {@code track} processes. */
    public static final String TRACK = "track";

    /** Serialises the processes that start or join passes; any constant no other ClauseWatch lock uses. */
    private static final long START_LOCK = 0x636c617573650001L;

    private static final String NOW = DatabaseTime.NOW;

    private static final RowMapper<Job> JOB = (rs, ctx) ->
            new Job(rs.getLong("pass_id"), rs.getString("service"), rs.getString("terms_type"), rs.getInt("attempts"));

    /**
     * Jobs of hosts that another claimed job is fetching now sort last, so claims spread over free hosts. The busy hosts
     * are one uncorrelated subquery, computed once per claim: correlated with each candidate row it made every claim
     * scan the open jobs once per open job, and a pass of 2,000 documents crawled.
     */
    private static final String CLAIM = "UPDATE tracking_jobs SET worker = :worker, lease_until = " + NOW
            + " + :lease, attempts = attempts + 1 WHERE (pass_id, service, terms_type) IN ("
            + "SELECT j.pass_id, j.service, j.terms_type FROM tracking_jobs j JOIN tracking_passes p ON p.id = j.pass_id"
            + " WHERE p.finished_at IS NULL AND j.done_at IS NULL AND (j.worker IS NULL OR j.lease_until < " + NOW
            + ") %s ORDER BY j.pass_id, j.host IN (SELECT b.host FROM tracking_jobs b WHERE b.done_at IS NULL"
            + " AND b.worker IS NOT NULL AND b.lease_until >= " + NOW + "), j.attempts,"
            + " j.service, j.terms_type LIMIT 1 FOR UPDATE OF j SKIP LOCKED)"
            + " RETURNING pass_id, service, terms_type, attempts";

    private final Jdbi jdbi;
    private final String worker;
    private final Duration lease;

    Passes(Jdbi jdbi, String worker, Duration lease) {
        this.jdbi = jdbi;
        this.worker = worker;
        this.lease = lease;
    }

    /**
     * The open pass of {@code track} processes over the same documents ({@code scope}) that is still being worked on,
     * or a new one with {@code jobs}: processes started together share one pass. An open pass that nobody has worked
     * on for a lease (every process of it was stopped) is closed, not continued.
     */
    public long joinOrStart(String scope, List<PlannedJob> jobs) {
        return jdbi.inTransaction(handle -> {
            lockStarts(handle);
            Optional<Long> open = handle.createQuery("SELECT p.id FROM tracking_passes p WHERE p.origin = :origin"
                            + " AND p.scope = :scope AND p.finished_at IS NULL AND (p.started_at >= " + NOW
                            + " - :lease OR EXISTS (SELECT 1 FROM tracking_jobs j WHERE j.pass_id = p.id"
                            + " AND j.done_at IS NULL AND j.lease_until >= " + NOW + ")) ORDER BY p.id LIMIT 1")
                    .bind("origin", TRACK)
                    .bind("scope", scope)
                    .bind("lease", lease.toMillis())
                    .mapTo(Long.class)
                    .findOne();
            if (open.isPresent()) {
                return open.orElseThrow();
            }
            handle.createUpdate("UPDATE tracking_passes SET finished_at = " + NOW
                            + " WHERE origin = :origin AND scope = :scope AND finished_at IS NULL")
                    .bind("origin", TRACK)
                    .bind("scope", scope)
                    .execute();
            return insert(handle, TRACK, scope, jobs);
        });
    }

    /**
     * Starts a scheduled pass when none is open and the last one started at least {@code interval} ago; {@code jobs}
     * is asked for only then. Every process calls it on its own clock; the database starts one pass for all of them.
     */
    public OptionalLong startIfDue(Duration interval, Supplier<List<PlannedJob>> jobs) {
        return jdbi.inTransaction(handle -> {
            lockStarts(handle);
            boolean due = handle.createQuery("SELECT NOT EXISTS (SELECT 1 FROM tracking_passes WHERE origin = :origin"
                            + " AND (finished_at IS NULL OR started_at > " + NOW + " - :interval))")
                    .bind("origin", SCHEDULE)
                    .bind("interval", interval.toMillis())
                    .mapTo(Boolean.class)
                    .one();
            return due ? OptionalLong.of(insert(handle, SCHEDULE, "*", jobs.get())) : OptionalLong.empty();
        });
    }

    /** Starts a pass an administrator asked for; whichever process is free takes its jobs. */
    public long request(String scope, List<PlannedJob> jobs) {
        return jdbi.inTransaction(handle -> insert(handle, REQUEST, scope, jobs));
    }

    /** Claims a job of pass {@code passId}, or of any open pass (oldest first) when empty. */
    public Optional<Job> claim(OptionalLong passId) {
        String sql = CLAIM.formatted(passId.isPresent() ? "AND j.pass_id = :pass" : "");
        return jdbi.inTransaction(handle -> {
            var update = handle.createQuery(sql).bind("worker", worker).bind("lease", lease.toMillis());
            passId.ifPresent(id -> update.bind("pass", id));
            return update.map(JOB).findOne();
        });
    }

    /** Marks the job done with its outcome; false when it is no longer this process's (its lease lapsed and was taken). */
    public boolean finish(Job job, String outcome) {
        return jdbi.inTransaction(handle -> handle.createUpdate("UPDATE tracking_jobs SET done_at = " + NOW
                                + ", outcome = :outcome WHERE pass_id = :pass AND service = :service"
                                + " AND terms_type = :type AND worker = :worker AND done_at IS NULL")
                        .bind("outcome", outcome)
                        .bind("pass", job.passId())
                        .bind("service", job.service())
                        .bind("type", job.termsType())
                        .bind("worker", worker)
                        .execute()
                == 1);
    }

    /** Closes the pass when every job of it is done; returns whether it is closed. */
    public boolean closeIfDone(long passId) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("UPDATE tracking_passes SET finished_at = " + NOW + " WHERE id = :pass"
                            + " AND finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM tracking_jobs"
                            + " WHERE pass_id = :pass AND done_at IS NULL)")
                    .bind("pass", passId)
                    .execute();
            return handle.createQuery("SELECT finished_at IS NOT NULL FROM tracking_passes WHERE id = :pass")
                    .bind("pass", passId)
                    .mapTo(Boolean.class)
                    .one();
        });
    }

    /** Closes every open pass whose jobs are all done (a worker that finds nothing to claim tidies up). */
    public void closeDone() {
        jdbi.useTransaction(handle -> handle.createUpdate("UPDATE tracking_passes p SET finished_at = " + NOW
                        + " WHERE p.finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM tracking_jobs j"
                        + " WHERE j.pass_id = p.id AND j.done_at IS NULL)")
                .execute());
    }

    /** Extends the lease of every job this process holds. */
    void renew(Handle handle) {
        handle.createUpdate("UPDATE tracking_jobs SET lease_until = " + NOW
                        + " + :lease WHERE worker = :worker AND done_at IS NULL")
                .bind("lease", lease.toMillis())
                .bind("worker", worker)
                .execute();
    }

    private static void lockStarts(Handle handle) {
        handle.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) AS locked")
                .bind("key", START_LOCK)
                .mapTo(Integer.class)
                .one();
    }

    private static long insert(Handle handle, String origin, String scope, List<PlannedJob> jobs) {
        long id = handle.createQuery("INSERT INTO tracking_passes (origin, scope, started_at) VALUES (:origin, :scope, "
                        + NOW + ") RETURNING id")
                .bind("origin", origin)
                .bind("scope", scope)
                .mapTo(Long.class)
                .one();
        var batch = handle.prepareBatch("INSERT INTO tracking_jobs (pass_id, service, terms_type, host)"
                + " VALUES (:pass, :service, :type, :host) ON CONFLICT DO NOTHING");
        for (PlannedJob job : jobs) {
            batch.bind("pass", id)
                    .bind("service", job.service())
                    .bind("type", job.termsType())
                    .bind("host", job.host())
                    .add();
        }
        if (!jobs.isEmpty()) {
            batch.execute();
        }
        return id;
    }
}
