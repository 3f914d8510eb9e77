package org.clausewatch.alert;

import java.time.Instant;
import java.util.Objects;

/** A user's standing interest in changes, how to reach them, and when. */
public record Subscription(long id, long userId, Filter filter, Channel channel, Mode mode, Instant createdAt) {
    public Subscription {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(mode, "mode");
    }
}
