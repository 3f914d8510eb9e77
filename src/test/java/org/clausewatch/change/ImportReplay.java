package org.clausewatch.change;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.common.Sha256;
import org.clausewatch.history.Chronicle;
import org.clausewatch.history.Elsewhere;
import org.clausewatch.history.LineageIds;
import org.clausewatch.provision.CrossDocumentMoves;
import org.clausewatch.provision.Histories;
import org.clausewatch.version.Decision;
import org.clausewatch.version.ShrinkConfirmation;
import org.clausewatch.version.Versioner;
import org.clausewatch.version.VolatileLines;

/**
 * The documents of one service imported in memory the way {@code import-ota} imports them: each capture normalised
 * and decided by the versioner against the last recorded version, each new version read by the chronicle against the
 * one before it, with moves between the service's documents recognised within the same 30 days as the recorder uses.
 * Everything but the readings and the database; the readings do not take part in what a change record says.
 */
final class ImportReplay {
    private static final Duration MOVE_WINDOW = Duration.ofDays(30);
    private static final Pattern FILE = Pattern.compile("(.+Z)(?:_(\\d{1,3}))?\\.md");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'");

    /** What became of one capture of a document's history. */
    sealed interface Outcome {
        /** Recorded as a version; {@code change} is empty for the document's first version. */
        record Recorded(Optional<ChangeRecord> change) implements Outcome {}

        /** The same normalised text as the last recorded version. */
        record Unchanged() implements Outcome {}

        /** Refused as not being the document. */
        record Refused(Decision.Anomaly anomaly) implements Outcome {}
    }

    /** One capture: its file, its time, its normalised text and what the import made of it. */
    record Capture(Path file, Instant at, String text, Outcome outcome) {}

    private final Versioner versioner = new Versioner();
    private final Chronicle chronicle = new Chronicle();
    private final List<Pending> pending = new ArrayList<>();

    /** A provision added to or removed from a document, not yet paired with its move into another. */
    private record Pending(String document, Instant at, ChangeItem.Kind kind, Elsewhere provision) {}

    private ImportReplay() {}

    /** Every document of the service folder {@code service}, in the importer's order, with its captures. */
    static Map<Path, List<Capture>> service(Path service, List<Path> documents) {
        ImportReplay replay = new ImportReplay();
        Map<Path, List<Capture>> captures = new LinkedHashMap<>();
        for (Path document : documents) {
            if (document.getParent().equals(service)) {
                captures.put(document, replay.document(document));
            }
        }
        return captures;
    }

    private List<Capture> document(Path folder) {
        String service = folder.getParent().getFileName().toString();
        String termsType = folder.getFileName().toString();
        List<Capture> captures = new ArrayList<>();
        Optional<Chronicle.Previous> previous = Optional.empty();
        Optional<String> previousText = Optional.empty();
        List<Long> sizes = new ArrayList<>();
        VolatileLines.Walk volatileLines = new VolatileLines.Walk(Set.of());
        List<ShrinkConfirmation.PastRefusal> refusals = new ArrayList<>();
        for (Path file : Histories.versions(folder)) {
            Instant at = capturedAt(file);
            String text = versioner.normalise(Histories.read(file));
            Decision decision = versioner.decide(previousText, text, sizes.subList(0, Math.max(0, sizes.size() - 1)));
            if (decision instanceof Decision.Anomaly anomaly && ShrinkConfirmation.confirms(anomaly, refusals, at)) {
                decision = new Decision.NewVersion(Optional.of(anomaly.reason()));
            }
            if (decision instanceof Decision.NewVersion
                    && previousText.isPresent()
                    && volatileLines.onlyRotation(previousText.orElseThrow(), text, at)) {
                captures.add(new Capture(file, at, text, new Outcome.Unchanged()));
                continue;
            }
            switch (decision) {
                case Decision.Unchanged unchanged -> captures.add(new Capture(file, at, text, new Outcome.Unchanged()));
                case Decision.Anomaly anomaly -> {
                    captures.add(new Capture(file, at, text, new Outcome.Refused(anomaly)));
                    refusals.addFirst(new ShrinkConfirmation.PastRefusal(anomaly.reason(), at));
                }
                case Decision.NewVersion newVersion -> {
                    Chronicle.Revision revision = revise(termsType, previous, text, at, service);
                    captures.add(new Capture(file, at, text, new Outcome.Recorded(revision.change())));
                    previous = Optional.of(Chronicle.Previous.after(previous, revision, Sha256.of(text), at));
                    previousText = Optional.of(text);
                    sizes.add((long) text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                    refusals.clear();
                }
            }
        }
        return captures;
    }

    private Chronicle.Revision revise(
            String termsType, Optional<Chronicle.Previous> previous, String text, Instant at, String service) {
        Chronicle.Revision revision = chronicle.revise(
                previous, text, Set.of(ChangeRecord.Flag.IMPORTED), new LineageIds(service, termsType, at));
        if (revision.change().isEmpty()) {
            return revision;
        }
        Chronicle.Revision moved = chronicle.acrossDocuments(
                revision,
                elsewhere(termsType, ChangeItem.Kind.REMOVED, at),
                elsewhere(termsType, ChangeItem.Kind.ADDED, at));
        Set<String> paired = new HashSet<>();
        for (CrossDocumentMoves.Move move : moved.documentMoves()) {
            paired.add(move.from());
            paired.add(move.to());
        }
        pending.removeIf(p -> paired.contains(p.provision().lineageId()));
        for (ChangeItem item : moved.change().orElseThrow().items()) {
            if (item.kind() == ChangeItem.Kind.ADDED || item.kind() == ChangeItem.Kind.REMOVED) {
                String itemText = item.after().or(item::before).orElseThrow();
                pending.add(new Pending(
                        termsType, at, item.kind(), new Elsewhere(item.lineageId(), termsType, item.path(), itemText)));
            }
        }
        return moved;
    }

    private List<Elsewhere> elsewhere(String termsType, ChangeItem.Kind kind, Instant at) {
        return pending.stream()
                .filter(p -> !p.document().equals(termsType) && p.kind() == kind)
                .filter(p -> !p.at().isBefore(at.minus(MOVE_WINDOW)) && !p.at().isAfter(at.plus(MOVE_WINDOW)))
                .map(Pending::provision)
                .toList();
    }

    static Instant capturedAt(Path file) {
        Matcher name = FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException(file + " is not named as Open Terms Archive names versions");
        }
        int sequence = name.group(2) == null ? 1 : Integer.parseInt(name.group(2));
        return LocalDateTime.parse(name.group(1), FILE_TIME)
                .toInstant(ZoneOffset.UTC)
                .plusMillis(sequence - 1L);
    }
}
