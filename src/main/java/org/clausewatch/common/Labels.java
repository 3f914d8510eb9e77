package org.clausewatch.common;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of the pipeline's enum values outside Java, in the database, JSON, HTML and on the command line:
 * lower case with hyphens, {@code TECHNICAL_UPGRADE} → {@code technical-upgrade}. Stored rows keep these spellings,
 * so a constant must never be renamed without a migration.
 */
public final class Labels {
    private Labels() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The labels of {@code values} in alphabetical order, as lists of flags are shown and stored. */
    public static List<String> sorted(Collection<? extends Enum<?>> values) {
        return values.stream().map(Labels::of).sorted().toList();
    }

    /** The constant of {@code type} spelled {@code label}, in any letter case; empty when there is none. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String label) {
        String name = label.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The labels of every constant of {@code type}, in declaration order, to name them in a message. */
    public static List<String> all(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Labels::of).toList();
    }
}
