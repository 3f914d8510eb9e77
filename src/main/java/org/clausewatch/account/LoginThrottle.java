package org.clausewatch.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins per key (client address and e-mail): after {@code failures} failures within {@code window}
 * further attempts are refused until the oldest failure leaves the window. Kept in memory: a restart forgets it,
 * which costs an attacker a restart of our process, not a bypass.
 */
public final class LoginThrottle {
    private final int failures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public LoginThrottle(int failures, Duration window, Clock clock) {
        this.failures = failures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key must wait before trying again; empty when it may try now. */
    public Optional<Duration> wait(String key) {
        Deque<Instant> times = recent.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.removeFirst();
            }
            if (times.size() < failures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    public void failed(String key) {
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    public void succeeded(String key) {
        recent.remove(key);
    }
}
