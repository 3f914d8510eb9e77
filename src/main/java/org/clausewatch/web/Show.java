package org.clausewatch.web;

import gg.jte.Content;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.MarkdownText;

/** Small formatting rules the templates share: dates in UTC, heading paths, labels and severities. */
public final class Show {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Show() {}

    public static String day(Instant at) {
        return DAY.format(at);
    }

    public static String day(Optional<Instant> at) {
        return at.map(Show::day).orElse("—");
    }

    public static String time(Instant at) {
        return TIME.format(at);
    }

    /** A duration as people say it: "6 hours", "30 minutes", "1 day 12 hours". */
    public static String duration(java.time.Duration duration) {
        StringBuilder said = new StringBuilder();
        append(said, duration.toDaysPart(), "day", "days");
        append(said, duration.toHoursPart(), "hour", "hours");
        append(said, duration.toMinutesPart(), "minute", "minutes");
        append(said, duration.toSecondsPart(), "second", "seconds");
        return said.isEmpty() ? "0 seconds" : said.toString();
    }

    private static void append(StringBuilder said, long count, String one, String many) {
        if (count > 0) {
            said.append(said.isEmpty() ? "" : " ").append(plural((int) count, one, many));
        }
    }

    /**
     * When tracking last captured the document; for a document known only from an imported dataset, "imported" with
     * the time of its latest version rather than "never", which would read as a failure.
     */
    public static String lastSuccess(
            org.clausewatch.store.TrackingStatus status, List<org.clausewatch.store.VersionRow> versions) {
        if (status.lastSuccessAt().isPresent() || versions.isEmpty()) {
            return day(status.lastSuccessAt());
        }
        org.clausewatch.store.VersionRow latest = versions.stream()
                .max(java.util.Comparator.comparing(org.clausewatch.store.VersionRow::capturedAt))
                .orElseThrow();
        return latest.flags().contains(org.clausewatch.version.VersionFlag.IMPORTED)
                ? "none yet, imported (latest version " + day(latest.capturedAt()) + ")"
                : day(status.lastSuccessAt());
    }

    public static String iso(Instant at) {
        return at.toString();
    }

    public static String path(List<String> path) {
        return String.join(" › ", path);
    }

    public static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** How pages spell a value of the pipeline, {@code technical-upgrade}: the {@link Labels label} JSON uses too. */
    public static String label(Enum<?> value) {
        return Labels.of(value);
    }

    /** A severity's label, or "not assessed" when no rule of the table grades the provision. */
    public static String severity(java.util.Optional<? extends Enum<?>> severity) {
        return severity.map(Labels::of).orElse("not assessed");
    }

    /** The CSS class of a severity badge: {@code sev-high}, or {@code sev-none} when not assessed. */
    public static String severityClass(java.util.Optional<? extends Enum<?>> severity) {
        return "sev-" + severity.map(Labels::of).orElse("none");
    }

    /** The labels of a set of flags, in the order their enum ranks them ({@link Labels#sorted}). */
    public static List<String> labels(Collection<? extends Enum<?>> values) {
        return Labels.sorted(values);
    }

    /**
     * A provision's Markdown as HTML to quote on a page: emphasis, links, lists and tables, with raw HTML escaped into
     * text and links kept only to http(s) and mailto addresses ({@link ProvisionHtml}).
     */
    public static Content markdown(String markdown) {
        String html = ProvisionHtml.of(markdown);
        return output -> output.writeContent(html);
    }

    /**
     * A run of a search excerpt without its Markdown (emphasis marks, link syntax): an excerpt is cut from the text
     * anywhere, so it is shown as plain words, keeping the spaces at its ends that separate it from the next run.
     */
    public static String plain(String run) {
        String plain = MarkdownText.plain(run);
        boolean before = !run.isEmpty() && Character.isWhitespace(run.charAt(0));
        boolean after = !run.isEmpty() && Character.isWhitespace(run.charAt(run.length() - 1));
        return (before && !plain.isEmpty() ? " " : "") + plain + (after && !plain.isEmpty() ? " " : "");
    }

    /** The severity grades, lowest first, as forms offer them. */
    public static List<String> severities() {
        return Labels.all(Severity.class);
    }
}
