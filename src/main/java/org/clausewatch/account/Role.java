package org.clausewatch.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do: each role can do everything the roles below it can. */
public enum Role {
    /** Reads what is public to signed-in users. */
    VIEWER,
    /** Also manages their own subscriptions and exports. */
    ANALYST,
    /** Also manages users, limits, declarations and tracking runs. */
    ADMIN;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role spelled {@code admin}, {@code analyst} or {@code viewer}; otherwise an error naming the value. */
    public static Role parse(String value) {
        for (Role role : values()) {
            if (role.label().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role '" + value + "' is not one of "
                + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", ")));
    }
}
