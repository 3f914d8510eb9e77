package org.clausewatch.browse;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The mementos of one tracked URL in the sense of RFC 7089: every capture of {@code original}, oldest first. Never
 * empty, since a URL ClauseWatch never captured has no TimeGate or TimeMap. The neighbours of a memento (first,
 * previous, next, last) are what the {@code Link} headers of the TimeGate and of each memento name.
 */
public record Mementos(String original, List<Memento> list) {
    /** One capture of the URL: the capture's id (which names its archived bytes) and when it was fetched. */
    public record Memento(long captureId, Instant datetime) {
        public Memento {
            Objects.requireNonNull(datetime, "datetime");
        }
    }

    public Mementos {
        Objects.requireNonNull(original, "original");
        list = List.copyOf(list);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no mementos of " + original);
        }
    }

    public Memento first() {
        return list.getFirst();
    }

    public Memento last() {
        return list.getLast();
    }

    /**
     * The memento fetched closest to {@code at}, before or after; of two as close, the earlier, which is the one whose
     * text was in force at {@code at}.
     */
    public Memento closest(Instant at) {
        return list.stream()
                .min(Comparator.comparing(
                        (Memento m) -> Duration.between(m.datetime(), at).abs()))
                .orElseThrow();
    }

    /** The position of capture {@code captureId} in the list; {@link NotFound} when it is not a memento of this URL. */
    public int indexOf(long captureId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).captureId() == captureId) {
                return i;
            }
        }
        throw new NotFound("capture " + captureId + " is not a memento of " + original);
    }
}
