package org.clausewatch.alert;

import java.util.Locale;

/** When a subscription hears of a matching change: at once, or grouped in a daily or weekly digest. */
public enum Mode {
    IMMEDIATE,
    DAILY,
    WEEKLY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Mode parse(String value) {
        for (Mode mode : values()) {
            if (mode.label().equals(value)) {
                return mode;
            }
        }
        throw new InvalidSubscriptionException("mode", "'" + value + "' is not one of immediate, daily, weekly");
    }
}
