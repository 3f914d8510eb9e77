package org.clausewatch.track;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Sha256;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.coordination.Job;
import org.clausewatch.coordination.Passes;
import org.clausewatch.coordination.PlannedJob;
import org.clausewatch.source.DocumentDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracking spread over the processes of one PostgreSQL database: a pass is a set of jobs in the database, and each
 * process tracks the documents whose jobs it claims, {@link #SLOTS} at a time, so that every document is tracked by
 * exactly one process and the job of a process that died is taken again once its lease lapses.
 */
public final class SharedTracking {
    /** Documents one process tracks at once: enough to keep several hosts busy, few enough for the pools. */
    static final int SLOTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(SharedTracking.class);

    private final Tracker tracker;
    private final Passes passes;
    private final Duration idle;
    private final Clock clock;

    /** {@code idle}: how long a process that found nothing to claim waits before it asks again. */
    public SharedTracking(Tracker tracker, Passes passes, Duration idle, Clock clock) {
        this.tracker = tracker;
        this.passes = passes;
        this.idle = idle;
        this.clock = clock;
    }

    /**
     * What {@code track} does on PostgreSQL: joins the pass of the same documents that other processes started, or
     * starts it, and tracks what it claims until every job of the pass is done. The report lists only the documents
     * this process tracked.
     */
    public TrackingReport track(List<DocumentDeclaration> documents) {
        Instant start = clock.instant();
        long pass = passes.joinOrStart(scope(documents), planned(documents));
        Map<String, DocumentDeclaration> byKey = byKey(documents);
        List<DocumentOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        runSlots(() -> {
            boolean going = true;
            while (going && !Thread.currentThread().isInterrupted()) {
                try {
                    Optional<Job> job = passes.claim(OptionalLong.of(pass));
                    if (job.isPresent()) {
                        outcomes.add(run(job.orElseThrow(), byKey::get));
                    } else {
                        // another process holds the last jobs: wait to retake any whose lease lapses
                        going = !passes.closeIfDone(pass) && pause();
                    }
                } catch (RuntimeException e) {
                    LOG.error("tracking pass {}: could not claim or finish a document; trying again", pass, e);
                    going = pause();
                }
            }
        });
        List<DocumentOutcome> ordered = new ArrayList<>(outcomes);
        ordered.sort(
                java.util.Comparator.comparing(DocumentOutcome::service).thenComparing(DocumentOutcome::termsType));
        return new TrackingReport(ordered, Duration.between(start, clock.instant()));
    }

    /** Starts a pass of {@code documents} that whichever process is free takes up (an administrator's request). */
    public void request(List<DocumentDeclaration> documents) {
        passes.request(scope(documents), planned(documents));
    }

    /**
     * What {@code serve} and {@code worker} do on PostgreSQL until closed: start the deployment's scheduled pass when
     * it is due, and track what they claim from any open pass. {@code declarations} is read when a pass starts and
     * when a job names a document this process has not read yet.
     */
    public AutoCloseable work(DeclarationSource declarations, Duration every) {
        List<Thread> threads = new ArrayList<>();
        threads.add(
                Thread.ofPlatform().name("clausewatch-schedule").daemon().start(() -> schedule(declarations, every)));
        for (int i = 0; i < SLOTS; i++) {
            threads.add(Thread.ofVirtual().name("clausewatch-worker-" + i).start(() -> claimAny(declarations)));
        }
        return () -> {
            threads.forEach(Thread::interrupt);
            for (Thread thread : threads) {
                thread.join();
            }
        };
    }

    /** The declarations a worker tracks by; read afresh whenever asked. */
    @FunctionalInterface
    public interface DeclarationSource {
        List<DocumentDeclaration> read();
    }

    private void schedule(DeclarationSource declarations, Duration every) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                passes.startIfDue(every, () -> planned(declarations.read()))
                        .ifPresent(id -> LOG.info("started scheduled tracking pass {}", id));
            } catch (RuntimeException e) {
                LOG.error("could not start the scheduled tracking pass", e);
            }
            if (!pause()) {
                return;
            }
        }
    }

    private void claimAny(DeclarationSource declarations) {
        Map<String, DocumentDeclaration> known = Map.of();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Optional<Job> job = passes.claim(OptionalLong.empty());
                if (job.isEmpty()) {
                    passes.closeDone();
                    if (!pause()) {
                        return;
                    }
                    continue;
                }
                if (!known.containsKey(key(job.orElseThrow()))) {
                    known = byKey(declarations.read());
                }
                run(job.orElseThrow(), known::get);
            } catch (RuntimeException e) {
                LOG.error("tracking worker failed; carrying on", e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private DocumentOutcome run(Job job, Function<String, DocumentDeclaration> declarations) {
        DocumentDeclaration document = declarations.apply(key(job));
        DocumentOutcome outcome = document == null
                ? DocumentOutcome.failed(
                        job.service(),
                        job.termsType(),
                        Failure.of(
                                FailureClass.INTERNAL_ERROR,
                                "this process has no declaration of " + job.service() + " / " + job.termsType()))
                : tracker.trackOne(document);
        if (!passes.finish(job, outcome.outcome().label())) {
            LOG.warn("{} / {}: lease lapsed while tracking; another process took it", job.service(), job.termsType());
        }
        return outcome;
    }

    private static void runSlots(Runnable slot) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            threads.add(Thread.ofVirtual().name("clausewatch-track-" + i).start(slot));
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("tracking pass interrupted", e);
        }
    }

    /** Sleeps about {@code idle} (jittered, so processes do not ask in step); false when interrupted. */
    private boolean pause() {
        long millis = idle.toMillis() / 2 + ThreadLocalRandom.current().nextLong(idle.toMillis() / 2 + 1);
        try {
            Thread.sleep(Math.max(millis, 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The same documents make the same scope, whatever order they were declared in. */
    static String scope(List<DocumentDeclaration> documents) {
        return Sha256.of(documents.stream().map(SharedTracking::key).sorted().collect(Collectors.joining("\n")))
                .hex();
    }

    private static List<PlannedJob> planned(List<DocumentDeclaration> documents) {
        return documents.stream()
                .map(d -> new PlannedJob(
                        d.service(),
                        d.termsType(),
                        d.sources().getFirst().location().getHost()))
                .toList();
    }

    private static Map<String, DocumentDeclaration> byKey(List<DocumentDeclaration> documents) {
        return documents.stream().collect(Collectors.toMap(SharedTracking::key, d -> d, (a, b) -> a));
    }

    private static String key(DocumentDeclaration document) {
        return document.service() + "\n" + document.termsType();
    }

    private static String key(Job job) {
        return job.service() + "\n" + job.termsType();
    }
}
