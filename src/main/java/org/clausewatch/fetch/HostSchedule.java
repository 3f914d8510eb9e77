package org.clausewatch.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: at most one request at a time to each host, and a pause between the end of one request and
 * the start of the next. Different hosts proceed in parallel. Within the process a lock per host orders the requests;
 * across processes the shared turn ({@link FetchSharing}) does, taken by the one thread that holds the lock.
 */
final class HostSchedule {
    private final Duration delay;
    private final FetchSharing sharing;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    HostSchedule(Duration delay, FetchSharing sharing) {
        this.delay = delay;
        this.sharing = sharing;
    }

    /** Work that talks to one host. */
    @FunctionalInterface
    interface HostCall<T> {
        T run() throws IOException, InterruptedException;
    }

    <T> T call(String host, HostCall<T> call) throws IOException, InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Slot slot = slots.computeIfAbsent(key, ignored -> new Slot());
        // A ReentrantLock rather than synchronized: virtual threads park on it without pinning a carrier.
        slot.lock.lockInterruptibly();
        try {
            slot.awaitTurn(delay);
            sharing.takeTurn(key);
            try {
                return call.run();
            } finally {
                sharing.endTurn(key, delay);
            }
        } finally {
            slot.lastEnd = System.nanoTime();
            slot.used = true;
            slot.lock.unlock();
        }
    }

    private static final class Slot {
        private final ReentrantLock lock = new ReentrantLock(true);
        private long lastEnd;
        private boolean used;

        void awaitTurn(Duration delay) throws InterruptedException {
            if (!used) {
                return;
            }
            long waitNanos = lastEnd + delay.toNanos() - System.nanoTime();
            if (waitNanos > 0) {
                Thread.sleep(Duration.ofNanos(waitNanos));
            }
        }
    }
}
