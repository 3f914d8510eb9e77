package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The word lists of {@code lexicon.tsv}: for each {@link Cue}, case-insensitive patterns, each with the value it
 * stands for ({@code -} where the list has no values).
 */
final class Lexicon {
    static final String RESOURCE = "lexicon.tsv";

    /** One pattern of a list and the value it stands for, with the words it cannot match without. */
    record Entry(String value, Pattern pattern, LiteralFilter filter) {
        Entry(String value, Pattern pattern) {
            this(value, pattern, LiteralFilter.of(pattern));
        }
    }

    /** Where an entry matched in a text: the entry's value and the matched span. */
    record Hit(String value, int start, int end) {}

    private static final Pattern TRIGGER_WORD = Pattern.compile("[a-z][a-z ]*");

    /**
     * The folded text of the passage last searched on this thread: all the questions asked of a passage's sentences are
     * asked of the one plain text of the passage, so it is folded once, not once per question.
     */
    private static final ThreadLocal<Folded> FOLDED = new ThreadLocal<>();

    /** A text and its {@linkplain LiteralFilter#fold folded} form. */
    private record Folded(String text, String folded) {}

    private final Map<Cue, List<Entry>> lists;

    private Lexicon(Map<Cue, List<Entry>> lists) {
        this.lists = lists;
    }

    static Lexicon load() {
        return TsvFile.load(RESOURCE, Lexicon::parse);
    }

    static Lexicon parse(String file, String text) throws InvalidRulesException {
        Map<Cue, List<Entry>> lists = new EnumMap<>(Cue.class);
        for (TsvFile.Row row : TsvFile.parse(file, text, 3)) {
            Cue cue = Cue.fromFileName(row.field(0))
                    .orElseThrow(() -> row.problem("unknown list '" + row.field(0) + "'"));
            String value = value(row, cue);
            lists.computeIfAbsent(cue, c -> new ArrayList<>()).add(new Entry(value, compile(row)));
        }
        for (Cue cue : Cue.values()) {
            if (!lists.containsKey(cue)) {
                throw new InvalidRulesException(file + ": list '" + cue.fileName() + "' has no entries");
            }
        }
        lists.replaceAll((cue, entries) -> List.copyOf(entries));
        return new Lexicon(lists);
    }

    private static String value(TsvFile.Row row, Cue cue) throws InvalidRulesException {
        String value = row.field(1);
        if (cue.valued() == value.equals("-")) {
            throw row.problem("list '" + cue.fileName() + "' "
                    + (cue.valued()
                            ? "needs a value, not '-'"
                            : "takes no value; write '-' instead of '" + value + "'"));
        }
        if (cue == Cue.STATEMENT) {
            Statement.parse(value, row);
        }
        if (cue == Cue.TRIGGER && !AttributeReader.READERS.contains(value)) {
            throw row.problem("trigger for unknown reader '" + value + "', expected one of " + AttributeReader.READERS);
        }
        if (cue == Cue.TRIGGER && !TRIGGER_WORD.matcher(row.field(2)).matches()) {
            throw row.problem("trigger '" + row.field(2) + "' must be lower-case letters and spaces (it is matched"
                    + " as plain text, not as a pattern)");
        }
        return value;
    }

    private static Pattern compile(TsvFile.Row row) throws InvalidRulesException {
        try {
            return Pattern.compile(row.field(2), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new InvalidRulesException(
                    row.file() + " line " + row.line() + ": bad pattern '" + row.field(2) + "': " + e.getDescription(),
                    e);
        }
    }

    /** The readers whose trigger words appear in {@code text}: the others cannot find anything there. */
    Set<String> triggered(String text) {
        // Plain-text search: String.indexOf costs a fraction of a regular-expression scan, and this runs over every
        // provision.
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> readers = new HashSet<>();
        for (Entry entry : lists.get(Cue.TRIGGER)) {
            if (!readers.contains(entry.value())
                    && lower.contains(entry.pattern().pattern())) {
                readers.add(entry.value());
            }
        }
        return readers;
    }

    List<Entry> entries(Cue cue) {
        return lists.get(cue);
    }

    /** Every match of every entry of {@code cue} inside {@code [from, to)}, in text order. */
    List<Hit> hits(Cue cue, String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        String folded = folded(text);
        for (Entry entry : lists.get(cue)) {
            if (!entry.filter().admits(folded, from, to)) {
                continue;
            }
            Matcher matcher = entry.pattern().matcher(text).region(from, to);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    hits.add(new Hit(entry.value(), matcher.start(), matcher.end()));
                }
            }
        }
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
        return outermost(hits);
    }

    /** Drops a hit inside an earlier, longer one: "to the extent …" inside "solely to the extent …". */
    private static List<Hit> outermost(List<Hit> sorted) {
        List<Hit> kept = new ArrayList<>();
        int reach = -1;
        for (Hit hit : sorted) {
            if (hit.end() > reach) {
                kept.add(hit);
                reach = hit.end();
            }
        }
        return kept;
    }

    /** The first match in text order, if any. */
    Optional<Hit> first(Cue cue, String text, int from, int to) {
        List<Hit> hits = hits(cue, text, from, to);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    boolean any(Cue cue, String text, int from, int to) {
        String folded = folded(text);
        for (Entry entry : lists.get(cue)) {
            if (entry.filter().admits(folded, from, to)
                    && entry.pattern().matcher(text).region(from, to).find()) {
                return true;
            }
        }
        return false;
    }

    private static String folded(String text) {
        Folded last = FOLDED.get();
        if (last == null || !last.text().equals(text)) {
            last = new Folded(text, LiteralFilter.fold(text));
            FOLDED.set(last);
        }
        return last.folded();
    }

    /** A statement value {@code name=value|negated value}; the negated value may be empty (then nothing is read). */
    record Statement(String name, String affirmed, String negated) {
        static Statement parse(String value, TsvFile.Row row) throws InvalidRulesException {
            int equals = value.indexOf('=');
            int bar = value.indexOf('|');
            if (equals < 1 || bar < equals + 2) {
                throw row.problem("statement value '" + value + "' is not name=value|negated value");
            }
            String name = value.substring(0, equals);
            if (!Names.STATEMENTS.contains(name)) {
                throw row.problem("statement attribute '" + name + "' is not one of " + Names.STATEMENTS);
            }
            return new Statement(name, value.substring(equals + 1, bar), value.substring(bar + 1));
        }

        static Statement of(String value) {
            int equals = value.indexOf('=');
            int bar = value.indexOf('|');
            return new Statement(
                    value.substring(0, equals), value.substring(equals + 1, bar), value.substring(bar + 1));
        }
    }
}
