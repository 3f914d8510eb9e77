package org.clausewatch.alert;

/** A subscription would make its user watch more services than their plan allows. */
public final class PlanLimitException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final int limit;

    public PlanLimitException(int limit, int wanted) {
        super("plan limit: at most " + limit + " watched services per user; this subscription would make " + wanted);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
