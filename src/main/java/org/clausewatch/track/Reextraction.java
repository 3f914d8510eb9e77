package org.clausewatch.track;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Progress;
import org.clausewatch.extract.ExtractionException;
import org.clausewatch.extract.Extractor;
import org.clausewatch.extract.Page;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.source.SourceDocument;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.DocumentState;
import org.clausewatch.store.Store;
import org.clausewatch.version.Decision;
import org.clausewatch.version.Origin;
import org.clausewatch.version.Versioner;

/**
 * Extracts the archived captures behind each document's latest version again, with the current extractor and
 * the declaration that was valid when they were captured (history entries with {@code validUntil}). A text
 * that differs is recorded as a new version flagged {@code technical-upgrade}, never as a change of terms.
 */
public final class Reextraction {
    private final Store store;
    private final ArchivedPages archivedPages;
    private final Extractor extractor;
    private final Versioner versioner;
    private final Clock clock;
    private final VersionRecorder recorder;

    public Reextraction(
            Store store,
            VersionRecorder recorder,
            WarcArchive archive,
            Extractor extractor,
            Versioner versioner,
            Clock clock) {
        this.recorder = recorder;
        this.store = store;
        this.archivedPages = new ArchivedPages(store, archive);
        this.extractor = extractor;
        this.versioner = versioner;
        this.clock = clock;
    }

    public List<DocumentOutcome> reextract(List<DocumentDeclaration> documents) {
        return reextract(documents, Progress.NONE);
    }

    /** The same, telling {@code progress} of each document as it is done. */
    public List<DocumentOutcome> reextract(List<DocumentDeclaration> documents, Progress progress) {
        List<DocumentOutcome> outcomes = new ArrayList<>();
        progress.begin(documents.size(), "documents");
        for (DocumentDeclaration document : Tracker.inReportOrder(documents)) {
            progress.advance(1, document.service() + " / " + document.termsType());
            Optional<DocumentRow> row = store.document(document.service(), document.termsType());
            Optional<DocumentState> state = row.map(recorder::state);
            if (state.flatMap(DocumentState::latest)
                    .filter(l -> !l.version().captureIds().isEmpty())
                    .isPresent()) {
                outcomes.add(reextract(document, state.orElseThrow()));
            }
        }
        return outcomes;
    }

    private DocumentOutcome reextract(DocumentDeclaration document, DocumentState state) {
        DocumentState.Latest latest = state.latest().orElseThrow();
        List<CaptureRow> captures = latest.version().captureIds().stream()
                .map(id -> store.capture(id).orElseThrow())
                .toList();
        List<SourceDocument> sources = document.sourcesAt(captures.getFirst().fetchedAt());
        if (sources.size() != captures.size()) {
            return failed(
                    document,
                    FailureClass.EXTRACTION_ERROR,
                    "the declaration valid at " + captures.getFirst().fetchedAt() + " has " + sources.size()
                            + " pages but the version was made from " + captures.size() + " captures");
        }
        try {
            String markdown = versioner.normalise(extractor.extract(pages(captures, sources)));
            return decide(document, state, markdown, sources);
        } catch (ExtractionException e) {
            return failed(document, FailureClass.EXTRACTION_ERROR, e.getMessage());
        } catch (IOException e) {
            return failed(
                    document, FailureClass.ARCHIVE_ERROR, "could not read an archived capture: " + e.getMessage());
        }
    }

    private DocumentOutcome decide(
            DocumentDeclaration document, DocumentState state, String markdown, List<SourceDocument> sources) {
        DocumentState.Latest latest = state.latest().orElseThrow();
        Decision decision = versioner.decide(Optional.of(latest.markdown()), markdown);
        if (decision instanceof Decision.NewVersion) {
            long id = recorder.record(
                    state,
                    markdown,
                    new Origin.Reextracted(),
                    new VersionRecorder.Captures(
                            clock.instant(), latest.version().captureIds(), ExtractionKey.of(sources)));
            return DocumentOutcome.newVersion(document.service(), document.termsType(), id);
        }
        if (decision instanceof Decision.Anomaly anomaly) {
            return failed(document, FailureClass.CAPTURE_ANOMALY, anomaly.reason());
        }
        return DocumentOutcome.unchanged(
                document.service(), document.termsType(), latest.version().id());
    }

    private List<Page> pages(List<CaptureRow> captures, List<SourceDocument> sources) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < captures.size(); i++) {
            pages.add(archivedPages.read(captures.get(i), sources.get(i)));
        }
        return pages;
    }

    private static DocumentOutcome failed(DocumentDeclaration document, FailureClass failureClass, String message) {
        return DocumentOutcome.failed(document.service(), document.termsType(), Failure.of(failureClass, message));
    }
}
