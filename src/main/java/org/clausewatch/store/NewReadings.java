package org.clausewatch.store;

import java.util.Map;
import java.util.Objects;
import org.clausewatch.reading.Reading;

/**
 * Readings of wordings, by {@link org.clausewatch.provision.Provision#readingKey reading key}, to record under the
 * version of the reader that made them.
 */
public record NewReadings(String readerVersion, Map<String, Reading> readings) {
    public static final NewReadings NONE = new NewReadings("", Map.of());

    public NewReadings {
        Objects.requireNonNull(readerVersion, "readerVersion");
        readings = Map.copyOf(readings);
    }
}
