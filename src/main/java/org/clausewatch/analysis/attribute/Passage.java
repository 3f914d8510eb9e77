package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A provision's words as the readers see them: its paragraphs and list items (each with the lead-in it continues,
 * "We use your information to:"), each split into sentences, on one plain text. Reading sentence by sentence inside
 * this structure keeps a qualifier with the statement it qualifies: an "irrevocable" or a "you cannot opt out" of
 * one list item or sentence never reaches another.
 */
final class Passage {
    /** A list item begins with a bullet, a number or a letter in brackets: "* ", "2. ", "(b) ", "iv. ", "• ". */
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*(?:[-+*•]\\s*(?:•\\s*)?|\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,5})[.)]\\s+|\\d+(?:\\.\\d+)+\\.?\\s+)\\S.*",
            Pattern.CASE_INSENSITIVE);

    /** A line of dashes or equals signs under a heading. */
    private static final Pattern RULE = Pattern.compile("^\\s*[-=_*]{3,}\\s*$");

    /** A row of a Markdown table: "| To provide the Services;<br>* To develop … | Legitimate interests |". */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

    /** What separates a table's cells: "|", not "\\|". */
    private static final Pattern CELLS = Pattern.compile("(?<!\\\\)\\|");

    /** A cell of the row under a table's head: "---", ":---:". */
    private static final Pattern ALIGNMENT = Pattern.compile("^\\s*:?-{3,}:?\\s*$");

    /** A Markdown heading line: "## 4. Content". */
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s.*");

    /** A unit that is one link and nothing else, as navigation and tables of contents are. */
    private static final Pattern LINK_ONLY =
            Pattern.compile("^[\\s*>\\-•]*\\[[^\\]]*]\\([^)]*\\)[\\s.⁠()a-z]{0,30}$", Pattern.CASE_INSENSITIVE);

    private final String text;
    private final List<Sentence> sentences;

    private Passage(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
    }

    /**
     * The passage of a provision's Markdown; {@code context} is the lead-in of a provision that is one list item, which
     * the item continues.
     */
    static Passage of(Lexicon lexicon, String markdown, Optional<String> context) {
        List<String> units = new ArrayList<>();
        List<Boolean> items = new ArrayList<>();
        context.map(PlainText::of).filter(c -> !c.isBlank()).ifPresent(c -> {
            units.add(c);
            items.add(true);
        });
        int own = units.size();
        split(markdown, units, items);
        String plain = String.join("\n", units);
        List<Sentence> sentences = new ArrayList<>();
        Sentence leadIn = null;
        int offset = 0;
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            // the provision's first unit continues the lead-in it was given, whatever its own marker
            Sentence lead = items.get(u) || u == own ? leadIn : null;
            Sentence last = null;
            for (Sentences.Span span : Sentences.of(unit)) {
                last = new Sentence(lexicon, plain, offset + span.start(), offset + span.end(), lead, items.get(u));
                if (u >= own) {
                    sentences.add(last);
                }
            }
            if (last != null && u < own) {
                leadIn = last;
            } else if (last != null && (!items.get(u) || unit.stripTrailing().endsWith(":"))) {
                leadIn = unit.stripTrailing().endsWith(":") ? last : items.get(u) ? leadIn : null;
            }
            offset += unit.length() + 1;
        }
        return new Passage(plain, sentences);
    }

    /**
     * Splits Markdown into paragraphs and list items, each made plain, and marks which are list items. Headings and
     * lines that are only a link ("[How your data is used](…)") state nothing and are left out.
     */
    private static void split(String markdown, List<String> units, List<Boolean> items) {
        StringBuilder unit = new StringBuilder();
        boolean item = false;
        for (String line : markdown.split("\\r?\\n")) {
            if (TABLE_ROW.matcher(line).matches()) {
                add(unit, item, units, items);
                unit.setLength(0);
                item = false;
                row(line, units, items);
                continue;
            }
            boolean starts = ITEM.matcher(line).matches();
            boolean rule = RULE.matcher(line).matches();
            if (line.isBlank() || rule || starts || HEADING.matcher(line).matches()) {
                if (!rule) {
                    add(unit, item, units, items);
                }
                unit.setLength(0);
                item = starts;
                if (!starts) {
                    continue;
                }
            }
            unit.append(unit.isEmpty() ? "" : " ").append(line);
        }
        add(unit, item, units, items);
    }

    /**
     * A table row as a unit of its own, like an item of a list whose lead-in is the table's head: its cells hold one
     * statement ("To improve our Services, including to train our models | Inputs and Outputs | Legitimate
     * interests"), and one row's purpose is not read with the next row's data. Rows without words (the dashes under
     * the head, empty heads) add nothing.
     */
    private static void row(String row, List<String> units, List<Boolean> items) {
        boolean words = false;
        for (String cell : CELLS.split(row)) {
            words |= !cell.isBlank() && !ALIGNMENT.matcher(cell).matches();
        }
        if (words) {
            add(new StringBuilder(row.strip()), true, units, items);
        }
    }

    private static void add(StringBuilder unit, boolean item, List<String> units, List<Boolean> items) {
        if (LINK_ONLY.matcher(unit).matches()) {
            return;
        }
        String plain = PlainText.of(unit.toString());
        if (!plain.isBlank()) {
            units.add(plain);
            items.add(item);
        }
    }

    /** The plain text of the whole provision: its units, one per line. */
    String text() {
        return text;
    }

    /** The provision's own sentences in text order (a lead-in given as context is not one of them). */
    List<Sentence> sentences() {
        return sentences;
    }
}
