package org.clausewatch.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The known terms types, read from {@code terms-types.txt} so that an analyst can add one without touching Java. */
final class TermsTypes {
    static final String RESOURCE = "terms-types.txt";
    private final Set<String> known;

    TermsTypes(Set<String> known) {
        if (known.isEmpty()) {
            throw new IllegalArgumentException("the list of terms types is empty");
        }
        this.known = Set.copyOf(known);
    }

    static TermsTypes load() {
        try (InputStream in = TermsTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    static TermsTypes parse(BufferedReader reader) throws IOException {
        Set<String> types = new LinkedHashSet<>();
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            String type = line.strip();
            if (type.isEmpty() || type.startsWith("#")) {
                continue;
            }
            if (!types.add(type)) {
                throw new IllegalStateException(
                        RESOURCE + " line " + number + ": terms type '" + type + "' is listed twice");
            }
        }
        return new TermsTypes(types);
    }

    boolean isKnown(String type) {
        return known.contains(type);
    }

    Set<String> all() {
        return known;
    }

    /** The known type nearest to {@code type} by edit distance, ignoring case, to suggest in an error message. */
    String closest(String type) {
        String wanted = type.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(wanted, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
