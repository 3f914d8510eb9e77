package org.clausewatch.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.store.DocumentState;
import org.clausewatch.store.VersionRecord;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Decision;
import org.clausewatch.version.Origin;
import org.clausewatch.version.ShrinkConfirmation;
import org.clausewatch.version.Versioner;
import org.clausewatch.version.VolatileLines;

/**
 * One document's files taken in order, as tracking would have taken them capture by capture: each file is a new
 * version, the same version (equal text, or only lines seen to change on every capture), or refused; a drastic shrink
 * refused file after file for two days is the document's new text after all (see {@link ShrinkConfirmation}).
 * Records nothing itself: the versions it prepares are the caller's to write.
 */
final class HistoryImport {
    private final VersionRecorder recorder;
    private final Versioner versioner;
    private final String extraction;
    private VersionRecorder.Past past;
    private Optional<String> previous;
    private final List<Long> sizes;
    private final VolatileLines.Walk volatileLines;
    private final List<ShrinkConfirmation.PastRefusal> refusals = new ArrayList<>();
    private final List<VersionRecord> versions = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private int unchanged;

    /** {@code sizes}: of the document's recorded versions, oldest first, the latest included. */
    HistoryImport(
            VersionRecorder recorder,
            Versioner versioner,
            String extraction,
            DocumentState state,
            List<Long> sizes,
            VolatileLines.Walk volatileLines) {
        this.recorder = recorder;
        this.versioner = versioner;
        this.extraction = extraction;
        this.past = recorder.past(state);
        this.previous = state.latest().map(DocumentState.Latest::markdown);
        this.sizes = new ArrayList<>(sizes);
        this.volatileLines = volatileLines;
    }

    void take(OtaDocument.VersionFile file, String text) {
        Decision decision = versioner.decide(previous, text, sizes.subList(0, Math.max(0, sizes.size() - 1)));
        if (decision instanceof Decision.NewVersion
                && previous.isPresent()
                && volatileLines.onlyRotation(previous.orElseThrow(), text, file.capturedAt())) {
            unchanged++;
            return;
        }
        switch (decision) {
            case Decision.NewVersion newVersion ->
                record(
                        file,
                        text,
                        new Origin.Imported(
                                file.technicalUpgrade(),
                                newVersion.afterOutlier().isPresent()));
            case Decision.Unchanged same -> unchanged++;
            case Decision.Anomaly anomaly
            when ShrinkConfirmation.confirms(anomaly, refusals, file.capturedAt()) ->
                record(file, text, new Origin.Imported(file.technicalUpgrade(), false, true));
            case Decision.Anomaly anomaly -> {
                refused.add(file.path().getFileName() + ": " + anomaly.reason());
                refusals.addFirst(new ShrinkConfirmation.PastRefusal(anomaly.reason(), file.capturedAt()));
            }
        }
    }

    private void record(OtaDocument.VersionFile file, String text, Origin origin) {
        VersionRecorder.Prepared prepared = recorder.prepare(
                past, text, origin, new VersionRecorder.Captures(file.capturedAt(), List.of(), extraction));
        versions.add(prepared.record());
        past = prepared.next();
        previous = Optional.of(text);
        sizes.add((long) text.getBytes(StandardCharsets.UTF_8).length);
        refusals.clear();
    }

    List<VersionRecord> versions() {
        return List.copyOf(versions);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    int unchanged() {
        return unchanged;
    }
}
