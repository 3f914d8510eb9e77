package org.clausewatch.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;

/**
 * What a change means, said in its summary and its items: every modified provision's item names what changed in its
 * reading ("training on your conversations: now by default, with an opt-out; was: not used"), and the change's summary
 * leads with its most severe item and that meaning, then counts the rest; cosmetic items are not counted in the
 * headline. The first line of an alert is this summary.
 */
final class ChangeMeaning {
    private final ProvisionReader reader;

    ChangeMeaning(ProvisionReader reader) {
        this.reader = reader;
    }

    /** One item with what was read of its wordings before and after, and what it means. */
    private record Read(ChangeItem item, Optional<Reading> before, Optional<Reading> after, ItemMeaning meaning) {
        /** The reading of the provision as it stands after the change, or as it stood when it was removed. */
        Optional<Reading> current() {
            return item.kind() == ChangeItem.Kind.REMOVED ? before : after;
        }

        Optional<Severity> severity() {
            return meaning.severity();
        }

        Optional<String> delta() {
            return meaning.attributeChanges().map(ChangeAnalysis::summary).filter(s -> !s.isEmpty());
        }
    }

    /**
     * What an item of kind {@code kind} means, from the readings of its wordings: the topics and severity of the
     * provision as it stands after the change (or as it stood when removed) and, for a modified provision whose
     * reading changed, what changed in it.
     */
    ItemMeaning meaning(
            String platform,
            ChangeItem.Kind kind,
            Optional<String> before,
            Optional<Reading> beforeReading,
            Optional<String> after,
            Optional<Reading> afterReading) {
        Optional<Reading> current = kind == ChangeItem.Kind.REMOVED ? beforeReading : afterReading;
        Optional<ChangeAnalysis> analysis = Optional.empty();
        if (kind == ChangeItem.Kind.MODIFIED && beforeReading.isPresent() && afterReading.isPresent()) {
            analysis = Optional.of(reader.compare(
                            platform,
                            before.orElseThrow(),
                            beforeReading.orElseThrow(),
                            after.orElseThrow(),
                            afterReading.orElseThrow()))
                    .filter(a -> !a.unchanged());
        }
        return new ItemMeaning(
                current.map(Reading::topicIds).orElse(List.of()), current.flatMap(Reading::severity), analysis);
    }

    ExplainedChange explain(String platform, ChangeRecord change, Function<ChangeItem, ItemReadings> readings) {
        List<Read> items = new ArrayList<>();
        for (ChangeItem item : change.items()) {
            ItemReadings read = readings.apply(item);
            items.add(new Read(
                    item,
                    read.before(),
                    read.after(),
                    meaning(platform, item.kind(), item.before(), read.before(), item.after(), read.after())));
        }
        ChangeRecord explained = new ChangeRecord(
                change.significance(),
                change.flags(),
                headline(platform, change, items).orElse(change.summary()),
                items.stream().map(ChangeMeaning::item).toList());
        return new ExplainedChange(
                explained, items.stream().map(Read::meaning).toList(), topics(items), highest(items));
    }

    /** The topics of every wording the change touched, old and new. */
    private static List<String> topics(List<Read> items) {
        Set<String> topics = new TreeSet<>();
        for (Read read : items) {
            read.before().ifPresent(r -> topics.addAll(r.topicIds()));
            read.after().ifPresent(r -> topics.addAll(r.topicIds()));
        }
        return List.copyOf(topics);
    }

    /** The highest severity of any wording of an item that is more than cosmetic, old or new. */
    private static Optional<Severity> highest(List<Read> items) {
        return items.stream()
                .filter(read -> read.item().significance() != Significance.COSMETIC)
                .flatMap(read -> Stream.of(read.before(), read.after()))
                .flatMap(Optional::stream)
                .flatMap(reading -> reading.severity().stream())
                .max(Comparator.naturalOrder());
    }

    private static ChangeItem item(Read read) {
        ChangeItem item = read.item();
        if (read.delta().isEmpty()) {
            return item;
        }
        return item.said(item.reason(), item.summary() + "; " + read.delta().orElseThrow());
    }

    /**
     * "Your content: training on your conversations: now by default, with an opt-out; was: not used; also 2 provisions
     * modified, 1 added; substantive" — or empty when nothing more than cosmetic changed, where the counts say it all.
     */
    private Optional<String> headline(String platform, ChangeRecord change, List<Read> items) {
        List<Read> counted = items.stream()
                .filter(read -> read.item().significance() != Significance.COSMETIC)
                .toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        Read lead = counted.stream().max(LEAD).orElseThrow();
        StringBuilder line = new StringBuilder(where(lead.item())).append(what(platform, lead));
        List<Read> rest = new ArrayList<>(counted);
        rest.remove(lead);
        if (!rest.isEmpty()) {
            line.append("; also ").append(counts(rest));
        }
        line.append("; ").append(change.significance().name().toLowerCase(Locale.ROOT));
        change.flags().forEach(flag -> line.append("; ").append(flag.words()));
        return Optional.of(line.toString());
    }

    /** The item that leads: most severe, then one whose meaning changed, then the first. */
    private static final Comparator<Read> LEAD = Comparator.<Read>comparingInt(
                    read -> read.severity().map(Enum::ordinal).orElse(-1))
            .thenComparing(read -> read.delta().isPresent())
            .thenComparing(Comparator.<Read>comparingInt(
                    read -> read.item().significance() == Significance.SUBSTANTIVE ? 1 : 0));

    private static String where(ChangeItem item) {
        return item.path().isEmpty() ? "" : item.path().get(item.path().size() - 1) + ": ";
    }

    /** What the lead item changed: its reading's delta, else what the added or removed provision says. */
    private String what(String platform, Read read) {
        if (read.delta().isPresent()) {
            return read.delta().orElseThrow();
        }
        ChangeItem item = read.item();
        String kind = switch (item.kind()) {
            case ADDED -> "new provision";
            case REMOVED -> "provision removed";
            case MOVED -> "provision moved";
            case MODIFIED -> "provision reworded";
        };
        String severity = read.severity()
                .map(s -> " (" + s.name().toLowerCase(Locale.ROOT) + ")")
                .orElse("");
        Optional<Reading> reading = read.current();
        Optional<String> text = item.kind() == ChangeItem.Kind.REMOVED ? item.before() : item.after();
        if (reading.isEmpty()
                || text.isEmpty()
                || reading.orElseThrow().severity().isEmpty()) {
            return kind + severity;
        }
        String says = reader.analysis(platform, text.orElseThrow(), reading.orElseThrow())
                .explanation()
                .summary();
        return kind + severity + ": " + (says.endsWith(".") ? says.substring(0, says.length() - 1) : says);
    }

    private static String counts(List<Read> reads) {
        Map<ChangeItem.Kind, Integer> counts = new EnumMap<>(ChangeItem.Kind.class);
        reads.forEach(read -> counts.merge(read.item().kind(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> {
            String noun = parts.isEmpty() ? (count == 1 ? " provision " : " provisions ") : " ";
            parts.add(count + noun + kind.name().toLowerCase(Locale.ROOT));
        });
        return String.join(", ", parts);
    }
}
