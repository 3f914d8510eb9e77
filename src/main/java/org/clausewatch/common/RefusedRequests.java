package org.clausewatch.common;

import java.util.List;

/**
 * The requests a rendered page made that ClauseWatch refused (each as "URL: reason"), kept with its capture because
 * the DOM may lack what they would have added. Only the first {@link #KEPT} are kept and {@code total} counts them
 * all, so a hostile page that fires requests in a loop cannot grow the evidence without limit.
 */
public record RefusedRequests(List<String> kept, long total) {
    public static final int KEPT = 100;

    private static final RefusedRequests NONE = new RefusedRequests(List.of(), 0);

    public RefusedRequests {
        kept = List.copyOf(kept);
        if (kept.size() > KEPT) {
            throw new IllegalArgumentException("at most " + KEPT + " refused requests are kept, not " + kept.size());
        }
        if (total < kept.size()) {
            throw new IllegalArgumentException(
                    "total of refused requests " + total + " is less than the " + kept.size() + " kept");
        }
    }

    public static RefusedRequests none() {
        return NONE;
    }

    /** The first {@link #KEPT} of {@code refusals} and how many there were in all. */
    public static RefusedRequests of(List<String> refusals) {
        return new RefusedRequests(refusals.subList(0, Math.min(refusals.size(), KEPT)), refusals.size());
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** How many refusals were counted but not kept. */
    public long omitted() {
        return total - kept.size();
    }

    /** One line for logs and listings: the count and the first refusal. */
    public String summary() {
        if (isEmpty()) {
            return "no requests refused";
        }
        return total + (total == 1 ? " request" : " requests") + " refused, first " + kept.getFirst();
    }
}
