package org.clausewatch.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.MarkdownText;

/** How reports spell dates, paths, labels and quoted text: as the web pages do, so paper and screen agree. */
final class Formats {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The sentence every report ends with, the one the pages carry. */
    static final String DISCLAIMER = "This report describes what the document states, permits or reserves. "
            + "It is not a legal determination.";

    private Formats() {}

    static String day(Instant at) {
        return DAY.format(at);
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    static String path(List<String> path) {
        return path.isEmpty() ? "(no heading)" : String.join(" › ", path);
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    static String label(Enum<?> value) {
        return Labels.of(value);
    }

    static String severity(Optional<Severity> severity) {
        return severity.map(Labels::of).orElse("not assessed");
    }

    /** A provision's Markdown as the words a reader sees: paper has no links or emphasis marks to show. */
    static String plain(String markdown) {
        return MarkdownText.plain(markdown);
    }
}
