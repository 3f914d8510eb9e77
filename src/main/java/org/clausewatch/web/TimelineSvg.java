package org.clausewatch.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewatch.browse.Timeline;
import org.clausewatch.knowledge.Severity;

/**
 * Draws a {@link Timeline} as inline SVG: rows of marks and spans on one labelled date axis, the number of counted
 * changes per row, and a legend. Severity is told by shape as well as colour, cosmetic changes are faint, and every
 * mark carries its words as a title and, where it links, as the link's label. Colours are presentation attributes,
 * not styles, so the site's Content-Security-Policy (no inline styles, no scripts) holds. All text is escaped on the
 * way in ({@link Svg}), since the template writes the result as it is.
 */
public final class TimelineSvg {
    static final int WIDTH = 760;
    static final int LABELS = 170;
    static final int COUNTS = 60;
    static final int PLOT_LEFT = LABELS + 10;
    static final int PLOT_RIGHT = WIDTH - COUNTS - 10;
    static final int TOP = 24;
    static final int ROW = 26;
    static final int AXIS = 36;
    static final int LEGEND = 44;
    static final int LABEL_CHARS = 26;

    /** The colour of first-stated flags: none of the severities' colours. */
    private static final String FIRST_STATED = "#0f766e";

    private final Timeline timeline;
    private final String id;
    private final Instant from;
    private final Instant until;
    private final Svg svg = new Svg();

    private TimelineSvg(Timeline timeline, String id) {
        this.timeline = timeline;
        this.id = id;
        Instant first = timeline.from();
        Instant last = timeline.until();
        // a little room on either side, so that marks at the ends are not cut, and some width for a single instant
        Duration pad = Duration.ofMillis(Math.max(
                Duration.between(first, last).toMillis() / 40,
                Duration.ofDays(15).toMillis()));
        this.from = first.minus(pad);
        this.until = last.plus(pad);
    }

    /**
     * The SVG of {@code timeline}, its element ids prefixed with {@code id} (unique on the page); an empty string
     * for a timeline with nothing to draw.
     */
    public static String of(Timeline timeline, String id) {
        if (timeline.isEmpty()) {
            return "";
        }
        return new TimelineSvg(timeline, id).draw();
    }

    private String draw() {
        int height = TOP + timeline.rows().size() * ROW + AXIS + LEGEND;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"group\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.element("title", id + "-title", timeline.title());
        svg.element("desc", id + "-desc", timeline.description());
        svg.text(WIDTH - 8, TOP - 8, "end", "tl-head", "changes");
        for (int i = 0; i < timeline.rows().size(); i++) {
            row(timeline.rows().get(i), TOP + i * ROW + ROW / 2);
        }
        axis(TOP + timeline.rows().size() * ROW);
        legend(TOP + timeline.rows().size() * ROW + AXIS + 14);
        return svg.append("</svg>").toString();
    }

    private void row(Timeline.Row row, int y) {
        svg.append("<g class=\"tl-row\">");
        svg.line(PLOT_LEFT, y, PLOT_RIGHT, y, "#e5e7eb", 1, 1.0);
        rowLabel(row, y);
        for (Timeline.Span span : row.spans()) {
            span(span, y);
        }
        List<Timeline.Mark> versions = row.marks().stream()
                .filter(m -> m.kind() == Timeline.Kind.VERSION)
                .toList();
        if (!versions.isEmpty()) {
            versions(versions, y);
        }
        for (Timeline.Mark mark : row.marks()) {
            if (mark.kind() != Timeline.Kind.VERSION) {
                mark(mark, y);
            }
        }
        svg.text(WIDTH - 8, y + 4, "end", "tl-count", Integer.toString(row.changes()));
        svg.append("</g>");
    }

    private void rowLabel(Timeline.Row row, int y) {
        String shown =
                row.label().length() <= LABEL_CHARS ? row.label() : row.label().substring(0, LABEL_CHARS - 1) + "…";
        String title = row.label() + ": " + row.changes() + (row.changes() == 1 ? " change" : " changes")
                + " (cosmetic ones not counted)";
        if (row.href().isPresent()) {
            svg.append("<a href=\"")
                    .append(Svg.escape(row.href().orElseThrow()))
                    .append("\">");
        }
        svg.append("<text x=\"")
                .append(LABELS)
                .append("\" y=\"")
                .append(y + 4)
                .append("\" text-anchor=\"end\" class=\"tl-label\" fill=\"#111827\"><title>")
                .append(Svg.escape(title))
                .append("</title>")
                .append(Svg.escape(shown))
                .append("</text>");
        if (row.href().isPresent()) {
            svg.append("</a>");
        }
    }

    private void span(Timeline.Span span, int y) {
        double x1 = x(span.from());
        double width = Math.max(3, x(span.until()) - x1);
        svg.append("<rect class=\"tl-span tl-")
                .append(severityName(span.severity()))
                .append('"');
        svg.attribute("x", x1);
        svg.attribute("y", y - 7);
        svg.attribute("width", width);
        svg.attribute("height", 14);
        svg.append(" fill=\"")
                .append(colour(span.severity()))
                .append("\" fill-opacity=\"0.75\" aria-label=\"")
                .append(Svg.escape(span.label()))
                .append("\"><title>")
                .append(Svg.escape(span.label()))
                .append("</title></rect>");
    }

    /**
     * A row's versions as one path of ticks with one title: a document with hundreds of versions would otherwise
     * weigh a hundred kilobytes on every service page.
     */
    private void versions(List<Timeline.Mark> versions, int y) {
        StringBuilder d = new StringBuilder(versions.size() * 16);
        for (Timeline.Mark v : versions) {
            d.append('M').append(Svg.n(x(v.at()))).append(' ').append(y - 9).append("v18");
        }
        String title = versions.size() == 1
                ? "1 version, captured " + day(versions.get(0).at())
                : versions.size() + " versions, captured from "
                        + day(versions.get(0).at()) + " to "
                        + day(versions.get(versions.size() - 1).at());
        svg.append("<g class=\"tl-versions\"><title>")
                .append(Svg.escape(title))
                .append("</title><path d=\"")
                .append(d)
                .append("\" stroke=\"#6b7280\" stroke-width=\"1\" stroke-opacity=\"0.8\" fill=\"none\"/></g>");
    }

    private void mark(Timeline.Mark mark, int y) {
        double x = x(mark.at());
        if (mark.href().isPresent()) {
            svg.append("<a href=\"")
                    .append(Svg.escape(mark.href().orElseThrow()))
                    .append("\" aria-label=\"")
                    .append(Svg.escape(mark.label()))
                    .append("\">");
        }
        svg.append("<g class=\"tl-mark tl-")
                .append(mark.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append(mark.kind() == Timeline.Kind.SUBSTANTIVE ? " tl-" + severityName(mark.severity()) : "")
                .append("\"><title>")
                .append(Svg.escape(mark.label()))
                .append("</title>");
        shape(mark.kind(), mark.severity(), x, y);
        svg.append("</g>");
        if (mark.href().isPresent()) {
            svg.append("</a>");
        }
    }

    /** The shape of a mark: for a substantive change, one shape per severity, so colour is never the only cue. */
    private void shape(Timeline.Kind kind, Optional<Severity> severity, double x, double y) {
        switch (kind) {
            case VERSION -> svg.line(x, y - 9, x, y + 9, "#6b7280", 1, 0.8);
            case COSMETIC -> svg.line(x, y - 5, x, y + 5, "#9ca3af", 2, 0.35);
            case MINOR -> svg.circle(x, y, 3.5, "#6b7280", "#6b7280");
            case SUBSTANTIVE -> severe(severity, x, y);
            case FIRST_STATED -> flag(x, y);
        }
    }

    /** A flag on a pole: unlike every change mark, and coloured apart from the severities. */
    private void flag(double x, double y) {
        svg.line(x, y - 11, x, y + 9, FIRST_STATED, 1.5, 1.0);
        svg.path(
                "M" + Svg.n(x) + " " + Svg.n(y - 11) + "L" + Svg.n(x + 9) + " " + Svg.n(y - 7.5) + "L" + Svg.n(x) + " "
                        + Svg.n(y - 4) + "Z",
                FIRST_STATED);
    }

    private void severe(Optional<Severity> severity, double x, double y) {
        String fill = colour(severity);
        if (severity.isEmpty()) {
            svg.circle(x, y, 5, "#ffffff", "#374151");
            return;
        }
        switch (severity.orElseThrow()) {
            case CRITICAL ->
                svg.path(
                        "M" + Svg.n(x) + " " + Svg.n(y - 8) + "L" + Svg.n(x + 8) + " " + Svg.n(y) + "L" + Svg.n(x) + " "
                                + Svg.n(y + 8) + "L" + Svg.n(x - 8) + " " + Svg.n(y) + "Z",
                        fill);
            case HIGH ->
                svg.path(
                        "M" + Svg.n(x) + " " + Svg.n(y - 8) + "L" + Svg.n(x + 7) + " " + Svg.n(y + 6) + "L"
                                + Svg.n(x - 7) + " " + Svg.n(y + 6) + "Z",
                        fill);
            case MEDIUM -> svg.path("M" + Svg.n(x - 5) + " " + Svg.n(y - 5) + "h10v10h-10Z", fill);
            case LOW -> svg.circle(x, y, 5, fill, fill);
        }
    }

    private void axis(int y) {
        svg.line(PLOT_LEFT, y, PLOT_RIGHT, y, "#374151", 1, 1.0);
        svg.append("<g class=\"tl-axis\">");
        for (Tick tick : ticks()) {
            double x = x(tick.at());
            svg.line(x, y, x, y + 5, "#374151", 1, 1.0);
            svg.text(x, y + 17, "middle", "tl-tick", tick.label());
        }
        svg.text(LABELS, y + 17, "end", "tl-axis-title", "Date (UTC)");
        svg.append("</g>");
    }

    private record Tick(Instant at, String label) {}

    /** Years when the axis spans more than two, else months; at most about twelve labels either way. */
    private List<Tick> ticks() {
        LocalDate first = from.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = until.atZone(ZoneOffset.UTC).toLocalDate();
        List<Tick> ticks = new ArrayList<>();
        if (last.getYear() - first.getYear() >= 2) {
            int step = Math.max(1, (last.getYear() - first.getYear() + 11) / 12);
            for (int year = first.getYear() + 1; year <= last.getYear(); year += step) {
                ticks.add(new Tick(start(LocalDate.of(year, 1, 1)), Integer.toString(year)));
            }
            return ticks;
        }
        long months = (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue();
        int step = (int) Math.max(1, (months + 11) / 12);
        for (LocalDate month = first.withDayOfMonth(1).plusMonths(1);
                !month.isAfter(last);
                month = month.plusMonths(step)) {
            ticks.add(new Tick(start(month), month.toString().substring(0, 7)));
        }
        return ticks;
    }

    private static String day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private record Entry(String label, Timeline.Kind kind, Optional<Severity> severity) {}

    private void legend(int y) {
        List<Entry> entries = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            entries.add(new Entry(name(s), Timeline.Kind.SUBSTANTIVE, Optional.of(s)));
        }
        entries.add(new Entry("not assessed", Timeline.Kind.SUBSTANTIVE, Optional.empty()));
        entries.add(new Entry("minor", Timeline.Kind.MINOR, Optional.empty()));
        entries.add(new Entry("cosmetic (not counted)", Timeline.Kind.COSMETIC, Optional.empty()));
        boolean versions = timeline.rows().stream()
                .flatMap(r -> r.marks().stream())
                .anyMatch(m -> m.kind() == Timeline.Kind.VERSION);
        if (versions) {
            entries.add(new Entry("version", Timeline.Kind.VERSION, Optional.empty()));
        }
        if (timeline.rows().stream().anyMatch(r -> r.firstStated().isPresent())) {
            entries.add(new Entry("first stated", Timeline.Kind.FIRST_STATED, Optional.empty()));
        }
        svg.append("<g class=\"tl-legend\" aria-label=\"Legend\">");
        svg.text(LABELS, y + 4, "end", "tl-legend-title", "Legend");
        double x = PLOT_LEFT + 8;
        int line = 0;
        for (Entry entry : entries) {
            double width = 24 + entry.label().length() * 6.2;
            if (x + width > WIDTH && line == 0) {
                x = PLOT_LEFT + 8;
                line = 1;
            }
            double cy = y + line * 18;
            shape(entry.kind(), entry.severity(), x, cy);
            svg.text(x + 11, cy + 4, "start", "tl-legend-item", entry.label());
            x += width;
        }
        svg.append("</g>");
    }

    private double x(Instant at) {
        double span = Duration.between(from, until).toMillis();
        return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * Duration.between(from, at).toMillis() / span;
    }

    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String severityName(Optional<Severity> severity) {
        return severity.map(TimelineSvg::name).orElse("not-assessed");
    }

    /** One colour per severity, darker as it is worse; not assessed is grey. */
    private static String colour(Optional<Severity> severity) {
        if (severity.isEmpty()) {
            return "#d1d5db";
        }
        return switch (severity.orElseThrow()) {
            case CRITICAL -> "#7f1d1d";
            case HIGH -> "#dc2626";
            case MEDIUM -> "#d97706";
            case LOW -> "#2563eb";
        };
    }
}
