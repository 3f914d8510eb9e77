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
import java.util.function.Function;
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
import org.clausewatch.reading.ItemReadings;
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

    /**
     * What recording a document's next version needs of its past: the latest version as the chronicle reads it, and
     * the readings of its wordings by reading key where they are at hand. A past read from the store has none at hand;
     * one carried from a version just prepared has them all, so an import that prepares versions before it records
     * them explains each change without reading the wordings of the version before a second time.
     */
    public record Past(DocumentRow document, Optional<Chronicle.Previous> latest, Map<String, Reading> readings) {
        public Past {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(latest, "latest");
            readings = Map.copyOf(readings);
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
                                store.earlierVersions(state.document().id(), Chronicle.OSCILLATION_WINDOW))),
                Map.of());
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
        Map<String, Reading> atHand = new HashMap<>(past.readings());
        NewReadings readings = readings(past.latest(), revision.provisions(), atHand);
        List<LineagedProvision> before =
                past.latest().map(Chronicle.Previous::provisions).orElse(List.of());
        VersionRecord record = new VersionRecord(
                version,
                revision.provisions(),
                relations(revision),
                revision.change()
                        .map(change -> newChange(
                                document, change, itemReadings(change, before, revision.provisions(), atHand))),
                readings);
        return new Prepared(
                record,
                new Past(
                        document,
                        Optional.of(Chronicle.Previous.after(past.latest(), revision, sha256, captures.at())),
                        ofVersion(revision.provisions(), atHand)));
    }

    /** The readings at hand of the wordings of a version's provisions. */
    private static Map<String, Reading> ofVersion(List<LineagedProvision> provisions, Map<String, Reading> atHand) {
        Map<String, Reading> readings = new HashMap<>();
        for (LineagedProvision lineaged : provisions) {
            String key = lineaged.provision().readingKey();
            Reading reading = atHand.get(key);
            if (reading != null) {
                readings.put(key, reading);
            }
        }
        return readings;
    }

    /**
     * Reads the wordings this version brought: those its previous version did not have and no earlier reading covers,
     * each with the lead-in it continues ({@link Provision#readingKey}). Everything else carries its reading over.
     * Adds what it read, and the recorded readings it found, to {@code atHand}.
     */
    private NewReadings readings(
            Optional<Chronicle.Previous> previous, List<LineagedProvision> provisions, Map<String, Reading> atHand) {
        Set<String> known = new HashSet<>();
        previous.ifPresent(
                p -> p.provisions().forEach(l -> known.add(l.provision().readingKey())));
        Map<String, Provision> fresh = new LinkedHashMap<>();
        for (LineagedProvision lineaged : provisions) {
            if (!known.contains(lineaged.provision().readingKey())) {
                fresh.putIfAbsent(lineaged.provision().readingKey(), lineaged.provision());
            }
        }
        if (fresh.isEmpty()) {
            return NewReadings.NONE;
        }
        Map<String, Reading> recorded = store.readings(ProvisionReader.VERSION, fresh.keySet());
        atHand.putAll(recorded);
        fresh.keySet().removeAll(recorded.keySet());
        ProvisionReader reading = reader.get();
        // on every core: a document's first version brings hundreds of wordings, each read on its own
        Map<String, Reading> read = fresh.entrySet().parallelStream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> reading.read(e.getValue().text(), e.getValue().context())));
        atHand.putAll(read);
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

    /**
     * The readings of the wordings a change's items show, each with the lead-in its provision continues on that side:
     * those at hand first, earlier ones from the store, and any other read now.
     */
    private Function<ChangeItem, ItemReadings> itemReadings(
            ChangeRecord change,
            List<LineagedProvision> before,
            List<LineagedProvision> after,
            Map<String, Reading> atHand) {
        Map<String, Provision> was = byLineage(before);
        Map<String, Provision> is = byLineage(after);
        Map<String, Reading> readings = new HashMap<>(atHand);
        Set<String> missing = new HashSet<>();
        for (ChangeItem item : change.items()) {
            item.before()
                    .map(text -> Wording.of(text, was.get(item.lineageId())))
                    .ifPresent(w -> missing.add(w.key()));
            item.after().map(text -> Wording.of(text, is.get(item.lineageId()))).ifPresent(w -> missing.add(w.key()));
        }
        missing.removeAll(readings.keySet());
        if (!missing.isEmpty()) {
            readings.putAll(store.readings(ProvisionReader.VERSION, missing));
        }
        return item -> new ItemReadings(
                item.before().map(text -> reading(Wording.of(text, was.get(item.lineageId())), readings)),
                item.after().map(text -> reading(Wording.of(text, is.get(item.lineageId())), readings)));
    }

    /**
     * The words of one side of a change item and the lead-in they continue there. An item whose provision is not on
     * that side of this document (a move from another document) is taken without a lead-in.
     */
    private record Wording(String text, Optional<String> context) {
        static Wording of(String text, Provision provision) {
            return new Wording(
                    text, provision != null && provision.text().equals(text) ? provision.context() : Optional.empty());
        }

        String key() {
            return Provision.readingKeyOf(Provision.keyOf(text), context);
        }
    }

    /**
     * The recorded reading of a wording, or a fresh one: an import prepares several versions before it records them,
     * so the wording of the version before may not be in the store yet. The reader remembers the wordings it read
     * lately, so such a wording is not read twice.
     */
    private Reading reading(Wording wording, Map<String, Reading> readings) {
        Reading recorded = readings.get(wording.key());
        return recorded != null ? recorded : reader.get().read(wording.text(), wording.context());
    }

    private static Map<String, Provision> byLineage(List<LineagedProvision> provisions) {
        Map<String, Provision> byLineage = new HashMap<>();
        provisions.forEach(l -> byLineage.putIfAbsent(l.lineageId(), l.provision()));
        return byLineage;
    }

    /** A change record with what it is about and what each item means, read from the wordings it touched. */
    private ExplainedChange newChange(
            DocumentRow document, ChangeRecord unexplained, Function<ChangeItem, ItemReadings> readings) {
        return reader.get().explain(document.service(), unexplained, readings);
    }
}
