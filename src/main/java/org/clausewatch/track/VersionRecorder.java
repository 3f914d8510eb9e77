package org.clausewatch.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.common.Sha256;
import org.clausewatch.history.Chronicle;
import org.clausewatch.history.Elsewhere;
import org.clausewatch.history.LineageIds;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ExplainedChange;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.DocumentState;
import org.clausewatch.store.LineageRelation;
import org.clausewatch.store.NewReadings;
import org.clausewatch.store.NewVersion;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRecord;
import org.clausewatch.version.Origin;
import org.clausewatch.version.VersionFlag;

/**
 * Records new versions, whoever found them: tracking, re-extraction and import all record through here. Reads the
 * new text provision by provision against the document's latest version, reads the wordings it brought, flags it
 * by its origin, and hands the store everything to write in one transaction.
 */
public final class VersionRecorder {
    /**
     * How far apart in time a removal from one document and an addition to another may be to count as one move:
     * the documents of a service are captured at different moments, and imported histories were too.
     */
    static final Duration MOVE_WINDOW = Duration.ofDays(30);

    private final Store store;
    private final Chronicle chronicle;
    /** Asked only when a version brings wordings to read: a pass that records nothing never loads the models. */
    private final Supplier<ProvisionReader> reader;

    public VersionRecorder(Store store, Chronicle chronicle, ProvisionReader reader) {
        this(store, chronicle, () -> reader);
    }

    /** A recorder that loads the reader ({@code reader.get()}) on the first version it records, not before. */
    public VersionRecorder(Store store, Chronicle chronicle, Supplier<ProvisionReader> reader) {
        this.store = store;
        this.chronicle = chronicle;
        this.reader = reader;
    }

    /**
     * What a version's text was extracted from: when it was captured, the captures in order (none for an imported
     * version), and the extraction that made it (stored as the version's extractor version).
     */
    public record Captures(Instant at, List<Long> ids, String extraction) {
        public Captures {
            Objects.requireNonNull(at, "at");
            ids = List.copyOf(ids);
            Objects.requireNonNull(extraction, "extraction");
        }
    }

    /** What recording a document's next version needs of its past: the latest version as the chronicle reads it. */
    public record Past(DocumentRow document, Optional<Chronicle.Previous> latest) {
        public Past {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(latest, "latest");
        }
    }

    /** The past of the document of {@code state}: its latest version, and the versions before it that flip-backs need. */
    public Past past(DocumentState state) {
        return new Past(
                state.document(),
                state.latest()
                        .map(l -> new Chronicle.Previous(
                                l.provisions(),
                                l.recentVersions(),
                                l.version().capturedAt(),
                                store.earlierVersions(state.document().id(), Chronicle.OSCILLATION_WINDOW))));
    }

    /** A version ready to record, and the past of the version after it. */
    public record Prepared(VersionRecord record, Past next) {}

    /** The document as deciding and recording its next version needs it, in one read of the store. */
    public DocumentState state(DocumentRow document) {
        return store.state(document, Chronicle.OSCILLATION_WINDOW);
    }

    /** Records {@code text} as the next version of the document of {@code state}, in one transaction; its id. */
    public long record(DocumentState state, String text, Origin origin, Captures captures) {
        return store.record(prepare(past(state), text, origin, captures).record());
    }

    /** Reads {@code text} as the version after {@code past}, provision by provision; records nothing yet. */
    public Prepared prepare(Past past, String text, Origin origin, Captures captures) {
        DocumentRow document = past.document();
        Set<VersionFlag> flags = origin.flags(past.latest().isEmpty());
        Chronicle.Revision revision = acrossDocuments(
                document,
                captures.at(),
                chronicle.revise(
                        past.latest(),
                        text,
                        changeFlags(flags),
                        new LineageIds(document.service(), document.termsType(), captures.at())));
        if (revision.oscillation()) {
            flags.add(VersionFlag.OSCILLATION);
        }
        Sha256 sha256 = Sha256.of(text);
        NewVersion version = new NewVersion(
                document.id(), captures.at(), text, sha256, flags, captures.extraction(), captures.ids());
        NewReadings readings = readings(past.latest(), revision.provisions());
        VersionRecord record = new VersionRecord(
                version,
                revision.provisions(),
                relations(revision),
                revision.change().map(change -> newChange(document, change, itemReadings(change, readings))),
                readings);
        return new Prepared(
                record,
                new Past(
                        document,
                        Optional.of(Chronicle.Previous.after(past.latest(), revision, sha256, captures.at()))));
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
        ProvisionReader reading = reader.get();
        // on every core: a document's first version brings hundreds of wordings, each read on its own
        Map<String, Reading> read = fresh.entrySet().parallelStream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> reading.read(e.getValue().text(), e.getValue().context())));
        return new NewReadings(ProvisionReader.VERSION, read);
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
                kinds.contains(ChangeItem.Kind.ADDED) ? elsewhere(document, ChangeItem.Kind.REMOVED, at) : List.of(),
                kinds.contains(ChangeItem.Kind.REMOVED) ? elsewhere(document, ChangeItem.Kind.ADDED, at) : List.of());
    }

    private List<Elsewhere> elsewhere(DocumentRow document, ChangeItem.Kind kind, Instant at) {
        return store.unpairedItems(
                document.service(), document.id(), kind, at.minus(MOVE_WINDOW), at.plus(MOVE_WINDOW));
    }

    private static List<LineageRelation> relations(Chronicle.Revision revision) {
        List<LineageRelation> relations = new ArrayList<>();
        revision.relations().forEach(r -> relations.add(LineageRelation.of(r)));
        revision.documentMoves()
                .forEach(m -> relations.add(
                        new LineageRelation(LineageRelation.Kind.MOVED_ACROSS_DOCUMENTS, m.from(), m.to())));
        return relations;
    }

    /** The version flags a change record carries too: those that say the change is not one of the terms. */
    private static Set<ChangeRecord.Flag> changeFlags(Set<VersionFlag> versionFlags) {
        Set<ChangeRecord.Flag> flags = EnumSet.noneOf(ChangeRecord.Flag.class);
        if (versionFlags.contains(VersionFlag.IMPORTED)) {
            flags.add(ChangeRecord.Flag.IMPORTED);
        }
        if (versionFlags.contains(VersionFlag.TECHNICAL_UPGRADE)) {
            flags.add(ChangeRecord.Flag.TECHNICAL_UPGRADE);
        }
        return flags;
    }

    /** The readings of the wordings a change's items show, new ones first, earlier ones from the store. */
    private Map<String, Reading> itemReadings(ChangeRecord change, NewReadings fresh) {
        Map<String, Reading> readings = new HashMap<>(fresh.readings());
        Set<String> missing = new HashSet<>();
        for (ChangeItem item : change.items()) {
            item.before().or(item::after).map(Provision::keyOf).ifPresent(missing::add);
            item.after().map(Provision::keyOf).ifPresent(missing::add);
        }
        missing.removeAll(readings.keySet());
        if (!missing.isEmpty()) {
            readings.putAll(store.readings(ProvisionReader.VERSION, missing));
        }
        return readings;
    }

    /** A change record with what it is about and what each item means, read from the wordings it touched. */
    private ExplainedChange newChange(DocumentRow document, ChangeRecord unexplained, Map<String, Reading> readings) {
        return reader.get()
                .explain(
                        document.service(),
                        unexplained,
                        text -> Optional.ofNullable(readings.get(Provision.keyOf(text))));
    }
}
