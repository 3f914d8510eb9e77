package org.clausewatch.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Users and their API keys, in explicit SQL on the ClauseWatch database (tables of migrations V6 and V8). */
public final class Accounts {
    /** Enough to refuse obvious mistakes ("admin", "a b@c"); delivery proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Long enough that a guessed password costs more than the sign-in throttle allows. */
    public static final int MIN_PASSWORD = 12;

    private static final String USER_COLUMNS = "u.id, u.email, u.role, u.service_limit, u.created_at";

    private final Jdbi reads;
    private final Jdbi writes;
    private final Clock clock;

    public Accounts(Jdbi reads, Jdbi writes, Clock clock) {
        this.reads = reads;
        this.writes = writes;
        this.clock = clock;
    }

    /** Creates a user with a random one-time password and a first API key. */
    public NewAccount create(String email, Role role) {
        String address = validEmail(email);
        String password = Secrets.generate("").substring(0, 20);
        String apiKey = Secrets.generate("cwk_");
        String hash = Passwords.hash(password);
        Instant now = clock.instant();
        User user = writes.inTransaction(handle -> {
            if (byEmail(handle, address).isPresent()) {
                throw new IllegalArgumentException("user '" + address + "' already exists");
            }
            long id = handle.createQuery("INSERT INTO users (email, role, password_hash, password_change_required, "
                            + "created_at) VALUES (:email, :role, :hash, 1, :at) RETURNING id")
                    .bind("email", address)
                    .bind("role", role.label())
                    .bind("hash", hash)
                    .bind("at", now.toEpochMilli())
                    .mapTo(Long.class)
                    .one();
            insertKey(handle, id, apiKey, now);
            return byEmail(handle, address).orElseThrow();
        });
        return new NewAccount(user, password, apiKey);
    }

    /** A further API key for the user, shown once. */
    public String issueApiKey(long userId) {
        String apiKey = Secrets.generate("cwk_");
        writes.useTransaction(handle -> insertKey(handle, userId, apiKey, clock.instant()));
        return apiKey;
    }

    /**
     * Replaces the user's API keys with a new one, shown once: every earlier key stops working with this
     * transaction's commit.
     */
    public String rotateApiKey(long userId) {
        String apiKey = Secrets.generate("cwk_");
        writes.useTransaction(handle -> {
            revokeKeys(handle, userId, clock.instant());
            insertKey(handle, userId, apiKey, clock.instant());
        });
        return apiKey;
    }

    /** Revokes every API key of the user; returns how many were live. */
    public int revokeApiKeys(String email) {
        User user =
                byEmail(email).orElseThrow(() -> new IllegalArgumentException("no user '" + normalised(email) + "'"));
        return writes.inTransaction(handle -> revokeKeys(handle, user.id(), clock.instant()));
    }

    /**
     * Sets a new password when {@code current} is the user's password; the one-time password of {@code user add}
     * stops being required with it. Refuses a new password shorter than {@value #MIN_PASSWORD} characters or equal
     * to the current one.
     */
    public void changePassword(long userId, String current, String next) {
        String stored = reads.withHandle(handle -> handle.createQuery("SELECT password_hash FROM users WHERE id = :id")
                        .bind("id", userId)
                        .mapTo(String.class)
                        .findOne())
                .orElseThrow(() -> new IllegalArgumentException("no user with id " + userId));
        if (current == null || !Passwords.verify(current, stored)) {
            throw new WrongPasswordException();
        }
        String password = next == null ? "" : next;
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new IllegalArgumentException("new password: must be at least " + MIN_PASSWORD + " characters, not "
                    + password.codePointCount(0, password.length()));
        }
        if (password.equals(current)) {
            throw new IllegalArgumentException("new password: must differ from the current one");
        }
        String hash = Passwords.hash(password);
        writes.useTransaction(handle -> handle.createUpdate(
                        "UPDATE users SET password_hash = :hash, password_change_required = 0 WHERE id = :id")
                .bind("hash", hash)
                .bind("id", userId)
                .execute());
    }

    /** Whether the user still signs in with the one-time password made by {@code user add}. */
    public boolean mustChangePassword(long userId) {
        return reads.withHandle(handle -> handle.createQuery(
                                        "SELECT password_change_required FROM users WHERE id = :id")
                                .bind("id", userId)
                                .mapTo(Integer.class)
                                .findOne())
                        .orElse(0)
                != 0;
    }

    /** The user holding this (unrevoked) API key. */
    public Optional<User> byApiKey(String apiKey) {
        return reads.withHandle(handle -> handle.createQuery("SELECT " + USER_COLUMNS
                        + " FROM api_keys k JOIN users u ON u.id = k.user_id"
                        + " WHERE k.key_sha256 = :digest AND k.revoked_at IS NULL")
                .bind("digest", Secrets.digest(apiKey))
                .map(Accounts::user)
                .findOne());
    }

    /** The user when the password is theirs; the same empty answer for an unknown user and a wrong password. */
    public Optional<User> login(String email, String password) {
        Optional<String> hash =
                reads.withHandle(handle -> handle.createQuery("SELECT password_hash FROM users WHERE email = :email")
                        .bind("email", normalised(email))
                        .mapTo(String.class)
                        .findOne());
        // An unknown user costs the same key derivation as a known one, so timing does not tell which e-mails exist.
        boolean valid = Passwords.verify(password, hash.orElseGet(Accounts::decoy));
        if (hash.isEmpty() || !valid) {
            return Optional.empty();
        }
        return byEmail(normalised(email));
    }

    public Optional<User> byEmail(String email) {
        return reads.withHandle(handle -> byEmail(handle, normalised(email)));
    }

    public List<User> users() {
        return reads.withHandle(handle -> handle.createQuery("SELECT " + USER_COLUMNS + " FROM users u ORDER BY u.id")
                .map(Accounts::user)
                .list());
    }

    /** Sets how many services the user may watch, overriding the default. */
    public User setServiceLimit(String email, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("service limit must not be negative, not " + limit);
        }
        String address = normalised(email);
        return writes.inTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE users SET service_limit = :limit WHERE email = :email")
                    .bind("limit", limit)
                    .bind("email", address)
                    .execute();
            if (updated == 0) {
                throw new IllegalArgumentException("no user '" + address + "'");
            }
            return byEmail(handle, address).orElseThrow();
        });
    }

    private static String decoy() {
        return Decoy.HASH;
    }

    /** A hash of a random password, made once, on first need. */
    private static final class Decoy {
        static final String HASH = Passwords.hash(Secrets.generate(""));
    }

    private static int revokeKeys(Handle handle, long userId, Instant at) {
        return handle.createUpdate("UPDATE api_keys SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL")
                .bind("at", at.toEpochMilli())
                .bind("user", userId)
                .execute();
    }

    private static void insertKey(Handle handle, long userId, String apiKey, Instant at) {
        handle.createUpdate("INSERT INTO api_keys (user_id, key_sha256, created_at) VALUES (:user, :digest, :at)")
                .bind("user", userId)
                .bind("digest", Secrets.digest(apiKey))
                .bind("at", at.toEpochMilli())
                .execute();
    }

    private static Optional<User> byEmail(Handle handle, String email) {
        return handle.createQuery("SELECT " + USER_COLUMNS + " FROM users u WHERE u.email = :email")
                .bind("email", email)
                .map(Accounts::user)
                .findOne();
    }

    private static User user(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        int limit = rs.getInt("service_limit");
        OptionalInt serviceLimit = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(limit);
        return new User(
                rs.getLong("id"),
                rs.getString("email"),
                Role.parse(rs.getString("role")),
                serviceLimit,
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static String validEmail(String email) {
        String address = normalised(email);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        return address;
    }

    private static String normalised(String email) {
        return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
