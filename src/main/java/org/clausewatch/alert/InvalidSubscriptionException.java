package org.clausewatch.alert;

/** A subscription request that cannot be accepted; names the field and the bad value. Maps to a 4xx answer. */
public final class InvalidSubscriptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidSubscriptionException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
