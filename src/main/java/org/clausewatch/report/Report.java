package org.clausewatch.report;

import java.util.List;
import java.util.Objects;

/**
 * What a printed report says, before it is laid out: a title, a subtitle and blocks in reading order. Kept apart from
 * the PDF so that what a report contains is decided in one place and how it looks in another.
 */
record Report(String title, String subtitle, List<Block> blocks) {
    Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        blocks = List.copyOf(blocks);
    }

    /** How a run of words is set: kept text, emphasis, muted detail, or a redline's inserted and deleted words. */
    enum Style {
        NORMAL,
        BOLD,
        MUTED,
        INSERT,
        DELETE
    }

    record Run(String text, Style style) {
        Run {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    sealed interface Block permits Heading, Paragraph, Quote, Bullets {}

    record Heading(String text) implements Block {}

    record Paragraph(List<Run> runs) implements Block {
        Paragraph {
            runs = List.copyOf(runs);
        }

        static Paragraph of(String text) {
            return new Paragraph(List.of(new Run(text, Style.NORMAL)));
        }

        static Paragraph muted(String text) {
            return new Paragraph(List.of(new Run(text, Style.MUTED)));
        }
    }

    /** Words quoted from a document, set off from ClauseWatch's own. */
    record Quote(String text) implements Block {}

    record Bullets(List<String> items) implements Block {
        Bullets {
            items = List.copyOf(items);
        }
    }
}
