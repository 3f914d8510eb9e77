package org.clausewatch.common;

import java.util.Collection;
import java.util.Comparator;
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

    /**
     * The labels of {@code values} in their enum's declaration order, as lists of flags are shown: a flag enum declares
     * its constants in the order they are to be read, so a page, a feed and a summary line list them alike whatever
     * set they came in.
     */
    public static List<String> sorted(Collection<? extends Enum<?>> values) {
        return values.stream()
                .sorted(Comparator.comparingInt(Enum::ordinal))
                .map(Labels::of)
                .toList();
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
