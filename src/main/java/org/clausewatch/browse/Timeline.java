package org.clausewatch.browse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;

/**
 * What a timeline picture shows, in time and words only (drawing it is the web's business): rows on one time axis,
 * each with marks at instants (versions, changes) and spans over periods (the wordings of a provision), every mark
 * and span with the words that say what it is and, where there is one, the page it links to.
 */
public record Timeline(String title, String description, List<Row> rows) {
    public Timeline {
        rows = List.copyOf(rows);
    }

    /** What a mark stands for: a version, or a change drawn by its significance. */
    public enum Kind {
        VERSION,
        SUBSTANTIVE,
        MINOR,
        /** Cosmetic changes, and flip-backs to an earlier text, which never count as changes of the terms. */
        COSMETIC,
        /**
         * The earliest recorded version of a service that holds a provision on a topic: when it first stated something
         * on it, as far as the record goes. Not a change.
         */
        FIRST_STATED;

        /** The kind of a change of {@code significance} with {@code flags}. */
        static Kind of(Significance significance, Set<ChangeRecord.Flag> flags) {
            if (flags.contains(ChangeRecord.Flag.OSCILLATION)) {
                return COSMETIC;
            }
            return switch (significance) {
                case SUBSTANTIVE -> SUBSTANTIVE;
                case MINOR -> MINOR;
                case COSMETIC -> COSMETIC;
            };
        }

        /** Whether a mark of this kind counts as a change: versions and cosmetic changes do not. */
        public boolean counted() {
            return this == SUBSTANTIVE || this == MINOR;
        }
    }

    /** Something that happened at one instant; {@code label} says what in words, for the mark's title. */
    public record Mark(Instant at, Kind kind, Optional<Severity> severity, String label, Optional<String> href) {}

    /** A period with a grade, such as a wording in force from one version until the next wording. */
    public record Span(Instant from, Instant until, Optional<Severity> severity, String label, Optional<String> href) {}

    /** One row: a document, a service or a provision, with its marks and spans. */
    public record Row(String label, Optional<String> href, List<Span> spans, List<Mark> marks) {
        public Row {
            spans = List.copyOf(spans);
            marks = List.copyOf(marks);
        }

        /** The row's {@link Kind#FIRST_STATED} mark, if it has one. */
        public Optional<Mark> firstStated() {
            return marks.stream().filter(m -> m.kind() == Kind.FIRST_STATED).findFirst();
        }

        /** Changes of this row that count: substantive and minor ones. */
        public int changes() {
            return (int) marks.stream().filter(m -> m.kind().counted()).count();
        }
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.marks().isEmpty() && r.spans().isEmpty());
    }

    /** The earliest instant shown; only asked of a timeline that is not empty. */
    public Instant from() {
        return instants().min(Instant::compareTo).orElseThrow();
    }

    /** The latest instant shown; only asked of a timeline that is not empty. */
    public Instant until() {
        return instants().max(Instant::compareTo).orElseThrow();
    }

    /** Changes that count, over all rows. */
    public int changes() {
        return rows.stream().mapToInt(Row::changes).sum();
    }

    private Stream<Instant> instants() {
        return rows.stream()
                .flatMap(r -> Stream.concat(
                        r.marks().stream().map(Mark::at),
                        r.spans().stream().flatMap(s -> Stream.of(s.from(), s.until()))));
    }
}
