package org.clausewatch.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clausewatch.analysis.Label;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Sha256;
import org.clausewatch.history.Chronicle;
import org.clausewatch.history.Elsewhere;
import org.clausewatch.history.LineageIds;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.Alignment;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.LabelRow;
import org.clausewatch.store.LineageRelation;
import org.clausewatch.store.NewChange;
import org.clausewatch.store.NewProvision;
import org.clausewatch.store.NewReadings;
import org.clausewatch.store.NewVersion;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.ReadingRow;
import org.clausewatch.store.RedlineRun;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRecord;
import org.clausewatch.store.VersionRow;

/**
 * Records new versions with their provisions and change records: reads the previous version from the store,
 * runs the chronicle, and maps its values to the store's rows. Used by tracking, re-extraction and import.
 */
public final class HistoryWriter {
    /**
     * How far apart in time a removal from one document and an addition to another may be to count as one move:
     * the documents of a service are captured at different moments, and imported histories were too.
     */
    static final Duration MOVE_WINDOW = Duration.ofDays(30);

    private static final String MOVED_ACROSS_DOCUMENTS = "moved-across-documents";

    /** The stored severity of a reading that no rule grades. */
    public static final String NOT_ASSESSED = "none";

    private final Store store;
    private final Chronicle chronicle;
    private final ProvisionReader reader;

    public HistoryWriter(Store store, Chronicle chronicle, ProvisionReader reader) {
        this.store = store;
        this.chronicle = chronicle;
        this.reader = reader;
    }

    /** A version ready to record, and what the version after it needs to know of it. */
    public record Prepared(VersionRecord record, Chronicle.Previous next) {}

    /** The document's latest version as the chronicle needs it, read from the store. */
    public Optional<Chronicle.Previous> previous(long documentId) {
        List<VersionRow> versions = store.versions(documentId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<LineagedProvision> provisions = store.provisions(versions.getLast().id()).stream()
                .map(HistoryWriter::lineaged)
                .toList();
        List<Sha256> recent =
                versions.subList(Math.max(0, versions.size() - Chronicle.OSCILLATION_WINDOW), versions.size()).stream()
                        .map(VersionRow::sha256)
                        .toList();
        return Optional.of(new Chronicle.Previous(provisions, recent));
    }

    /** Reads the new version provision by provision against {@code previous}; records nothing yet. */
    public Prepared prepare(DocumentRow document, Optional<Chronicle.Previous> previous, NewVersion version) {
        Chronicle.Revision revision = acrossDocuments(
                document,
                version.capturedAt(),
                chronicle.revise(
                        previous,
                        version.markdown(),
                        changeFlags(version.flags()),
                        new LineageIds(document.service(), document.termsType(), version.capturedAt())));
        Set<String> flags = new HashSet<>(version.flags());
        if (revision.oscillation()) {
            flags.add("oscillation");
        }
        NewVersion flagged = new NewVersion(
                version.documentId(),
                version.capturedAt(),
                version.markdown(),
                version.sha256(),
                flags,
                version.extractorVersion(),
                version.captureIds());
        NewReadings readings = readings(previous, revision.provisions());
        VersionRecord record = new VersionRecord(
                flagged,
                revision.provisions().stream().map(HistoryWriter::newProvision).toList(),
                relations(revision),
                revision.change().map(change -> newChange(change, itemReadings(change, readings))),
                readings);
        return new Prepared(record, next(previous, revision, version.sha256()));
    }

    /** Prepares and records one version in one transaction. */
    public long record(DocumentRow document, NewVersion version) {
        return store.record(prepare(document, previous(document.id()), version).record());
    }

    /**
     * Reads the wordings this version brought: those its previous version did not have and no earlier reading covers.
     * Everything else carries its reading over.
     */
    private NewReadings readings(Optional<Chronicle.Previous> previous, List<LineagedProvision> provisions) {
        Set<String> known = new HashSet<>();
        previous.ifPresent(
                p -> p.provisions().forEach(l -> known.add(l.provision().key())));
        Map<String, Provision> fresh = new LinkedHashMap<>();
        for (LineagedProvision lineaged : provisions) {
            if (!known.contains(lineaged.provision().key())) {
                fresh.putIfAbsent(lineaged.provision().key(), lineaged.provision());
            }
        }
        if (fresh.isEmpty()) {
            return NewReadings.NONE;
        }
        fresh.keySet()
                .removeAll(
                        store.readings(ProvisionReader.VERSION, fresh.keySet()).keySet());
        List<ReadingRow> rows = new ArrayList<>(fresh.size());
        fresh.forEach((key, provision) -> rows.add(row(key, reader.read(provision.text(), provision.context()))));
        return new NewReadings(ProvisionReader.VERSION, rows);
    }

    /** The stored form of a reading. */
    public static ReadingRow row(String textKey, Reading reading) {
        return new ReadingRow(
                textKey,
                labels(reading.topics()),
                labels(reading.unfair()),
                reading.severity().map(HistoryWriter::label).orElse(NOT_ASSESSED),
                reading.confidence(),
                reading.explicit(),
                reading.rule());
    }

    /** A stored reading as the core reads it. */
    public static Reading reading(ReadingRow row) {
        return new Reading(
                row.topics().stream()
                        .map(l -> new Label(l.code(), l.confidence(), l.evidence()))
                        .toList(),
                row.unfair().stream()
                        .map(l -> new Label(l.code(), l.confidence(), l.evidence()))
                        .toList(),
                row.severity().equals(NOT_ASSESSED)
                        ? Optional.empty()
                        : Optional.of(Severity.valueOf(row.severity().toUpperCase(Locale.ROOT))),
                row.confidence(),
                row.explicit(),
                row.rule());
    }

    private static List<LabelRow> labels(List<Label> labels) {
        return labels.stream()
                .map(l -> new LabelRow(l.code(), l.confidence(), l.evidence()))
                .toList();
    }

    private Chronicle.Revision acrossDocuments(DocumentRow document, Instant at, Chronicle.Revision revision) {
        Set<ChangeItem.Kind> kinds = revision.change().stream()
                .flatMap(change -> change.items().stream())
                .map(ChangeItem::kind)
                .collect(Collectors.toSet());
        if (!kinds.contains(ChangeItem.Kind.ADDED) && !kinds.contains(ChangeItem.Kind.REMOVED)) {
            return revision;
        }
        return chronicle.acrossDocuments(
                revision,
                kinds.contains(ChangeItem.Kind.ADDED) ? elsewhere(document, "removed", at) : List.of(),
                kinds.contains(ChangeItem.Kind.REMOVED) ? elsewhere(document, "added", at) : List.of());
    }

    private List<Elsewhere> elsewhere(DocumentRow document, String kind, Instant at) {
        return store
                .unpairedItems(document.service(), document.id(), kind, at.minus(MOVE_WINDOW), at.plus(MOVE_WINDOW))
                .stream()
                .map(row -> new Elsewhere(row.lineageId(), row.termsType(), row.path(), row.text()))
                .toList();
    }

    private static List<LineageRelation> relations(Chronicle.Revision revision) {
        List<LineageRelation> relations = new ArrayList<>();
        revision.relations().forEach(r -> relations.add(relation(r)));
        revision.documentMoves()
                .forEach(m -> relations.add(new LineageRelation(MOVED_ACROSS_DOCUMENTS, m.from(), m.to())));
        return relations;
    }

    private static Chronicle.Previous next(
            Optional<Chronicle.Previous> previous, Chronicle.Revision revision, Sha256 sha256) {
        List<Sha256> recent =
                new ArrayList<>(previous.map(Chronicle.Previous::recentVersions).orElse(List.of()));
        recent.add(sha256);
        while (recent.size() > Chronicle.OSCILLATION_WINDOW) {
            recent.removeFirst();
        }
        return new Chronicle.Previous(revision.provisions(), recent);
    }

    private static Set<ChangeRecord.Flag> changeFlags(Set<String> versionFlags) {
        Set<ChangeRecord.Flag> flags = EnumSet.noneOf(ChangeRecord.Flag.class);
        if (versionFlags.contains("imported")) {
            flags.add(ChangeRecord.Flag.IMPORTED);
        }
        if (versionFlags.contains("technical-upgrade")) {
            flags.add(ChangeRecord.Flag.TECHNICAL_UPGRADE);
        }
        return flags;
    }

    /** A recorded provision as the core reads it. */
    public static LineagedProvision lineaged(ProvisionRow row) {
        // rows recorded before provisions kept their key have an empty one: the key is a function of the text
        String key = row.key().isEmpty() ? key(row.text()) : row.key();
        return new LineagedProvision(
                row.lineageId(),
                new Provision(
                        key,
                        row.path(),
                        row.position(),
                        row.page(),
                        row.text(),
                        row.context(),
                        Provision.Kind.valueOf(
                                row.kind().toUpperCase(Locale.ROOT).replace('-', '_'))));
    }

    private static NewProvision newProvision(LineagedProvision lineaged) {
        Provision p = lineaged.provision();
        return new NewProvision(
                p.position(),
                lineaged.lineageId(),
                p.page(),
                label(p.kind()),
                p.path(),
                p.context(),
                p.text(),
                p.key());
    }

    private static LineageRelation relation(Alignment.Relation relation) {
        return new LineageRelation(label(relation.type()), relation.from(), relation.to());
    }

    /** The readings of the wordings a change's items show, new ones first, earlier ones from the store. */
    private Map<String, ReadingRow> itemReadings(ChangeRecord change, NewReadings fresh) {
        Map<String, ReadingRow> readings = new HashMap<>();
        fresh.rows().forEach(row -> readings.put(row.textKey(), row));
        Set<String> missing = new HashSet<>();
        for (ChangeItem item : change.items()) {
            item.before().or(item::after).map(HistoryWriter::key).ifPresent(missing::add);
            item.after().map(HistoryWriter::key).ifPresent(missing::add);
        }
        missing.removeAll(readings.keySet());
        if (!missing.isEmpty()) {
            readings.putAll(store.readings(ProvisionReader.VERSION, missing));
        }
        return readings;
    }

    /**
     * A change record with what it is about: the topics of every provision it touched (old and new wording), and the
     * highest severity among its items that are more than cosmetic.
     */
    private static NewChange newChange(ChangeRecord change, Map<String, ReadingRow> readings) {
        Set<String> flags = new HashSet<>();
        change.flags().forEach(flag -> flags.add(label(flag)));
        Set<String> topics = new TreeSet<>();
        Optional<Severity> highest = Optional.empty();
        for (ChangeItem item : change.items()) {
            for (Optional<String> text : List.of(item.before(), item.after())) {
                Optional<ReadingRow> row = text.map(HistoryWriter::key).map(readings::get);
                if (row.isEmpty()) {
                    continue;
                }
                row.orElseThrow().topics().forEach(label -> topics.add(label.code()));
                Optional<Severity> graded = reading(row.orElseThrow()).severity();
                if (item.significance() != Significance.COSMETIC && graded.isPresent()) {
                    Severity severity = graded.orElseThrow();
                    highest = Optional.of(
                            highest.filter(h -> h.compareTo(severity) >= 0).orElse(severity));
                }
            }
        }
        return new NewChange(
                label(change.significance()),
                flags,
                change.summary(),
                change.items().stream().map(HistoryWriter::item).toList(),
                List.copyOf(topics),
                highest.map(HistoryWriter::label));
    }

    /** The key a provision's text is read under, as segmentation gives it. */
    static String key(String text) {
        return Sha256.of(MarkdownText.plain(text)).hex();
    }

    /** The stored form of a change item. */
    public static ChangeItemRow item(ChangeItem item) {
        return new ChangeItemRow(
                label(item.kind()),
                item.lineageId(),
                item.path(),
                item.before(),
                item.after(),
                item.redline().stream()
                        .map(r -> new RedlineRun(label(r.op()), r.text()))
                        .toList(),
                label(item.significance()),
                item.summary());
    }

    /** The JSON and database spelling of an enum constant: {@code TECHNICAL_UPGRADE} → {@code technical-upgrade}. */
    public static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
