package org.clausewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.common.Labels;
import org.clausewatch.common.Sha256;

/**
 * How the store keeps values that are not plain text or numbers, the same way in both dialects: instants as UTC epoch
 * milliseconds, digests as hex, enum values under their {@link Labels label}, sets of flags as one sorted,
 * comma-separated column of labels.
 */
final class Columns {
    private Columns() {}

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    static Sha256 sha256(ResultSet rs, String column) throws SQLException {
        return new Sha256(rs.getString(column));
    }

    /** The constant of {@code type} whose label {@code column} holds. */
    static <E extends Enum<E>> E label(ResultSet rs, String column, Class<E> type) throws SQLException {
        return label(rs.getString(column), column, type);
    }

    /** The constant of {@code type} whose label {@code column} holds, or empty for NULL. */
    static <E extends Enum<E>> Optional<E> optionalLabel(ResultSet rs, String column, Class<E> type)
            throws SQLException {
        String value = rs.getString(column);
        return value == null ? Optional.empty() : Optional.of(label(value, column, type));
    }

    /** The flags of a comma-separated column. */
    static <E extends Enum<E>> Set<E> flags(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> flags = EnumSet.noneOf(type);
        String value = rs.getString(column);
        if (!value.isEmpty()) {
            for (String label : value.split(",")) {
                flags.add(label(label, column, type));
            }
        }
        return Collections.unmodifiableSet(flags);
    }

    /**
     * The column of {@code flags}: their labels in alphabetical order, so equal sets are stored alike. Alphabetical, not
     * the order flags are shown in, because rows written before that order existed hold it and must stay comparable.
     */
    static String flags(Set<? extends Enum<?>> flags) {
        return String.join(",", flags.stream().map(Labels::of).sorted().toList());
    }

    /** An unmodifiable copy of {@code values} that iterates in declaration order. */
    static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    static <E extends Enum<E>> E label(String value, String column, Class<E> type) {
        return Labels.parse(type, value)
                .orElseThrow(() -> new StoreException("column " + column + " holds '" + value
                        + "', which is not one of " + Labels.all(type) + " (" + type.getSimpleName() + ")"));
    }
}
