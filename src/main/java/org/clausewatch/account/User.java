package org.clausewatch.account;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/** A user; {@code serviceLimit} is the admin's override of the default number of services they may watch. */
public record User(long id, String email, Role role, OptionalInt serviceLimit, Instant createdAt) {
    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(serviceLimit, "serviceLimit");
    }

    public boolean can(Role required) {
        return role.allows(required);
    }
}
