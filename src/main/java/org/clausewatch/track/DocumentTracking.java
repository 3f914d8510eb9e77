package org.clausewatch.track;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.archive.ArchivedCapture;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Response;
import org.clausewatch.extract.ExtractionException;
import org.clausewatch.extract.Page;
import org.clausewatch.fetch.FetchRequest;
import org.clausewatch.fetch.FetchResult;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.source.SourceDocument;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.DocumentStanding;
import org.clausewatch.store.DocumentState;
import org.clausewatch.store.NewCapture;
import org.clausewatch.store.TrackingStatus;
import org.clausewatch.store.VersionRow;
import org.clausewatch.version.Decision;
import org.clausewatch.version.Origin;
import org.clausewatch.version.ShrinkConfirmation;
import org.clausewatch.version.VolatileLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks one document once: fetch every page, archive, extract, decide, record. */
final class DocumentTracking {
    /** Enough recent failures to see two days of passes at a short tracking interval. */
    private static final int REFUSALS_CONSULTED = 200;

    private static final Logger LOG = LoggerFactory.getLogger(DocumentTracking.class);

    private final Tracker.TrackerParts parts;
    private final DocumentDeclaration document;
    private final DocumentRow row;
    private final long documentId;

    DocumentTracking(Tracker.TrackerParts parts, DocumentDeclaration document) {
        this.parts = parts;
        this.document = document;
        this.documentId = parts.store().ensureDocument(document.service(), document.termsType());
        this.row = new DocumentRow(documentId, document.service(), document.termsType());
    }

    DocumentOutcome run() {
        DocumentStanding standing = parts.store()
                .standing(
                        documentId,
                        document.sources().stream()
                                .map(source -> source.location().toString())
                                .toList());
        List<FetchedPage> pages = new ArrayList<>();
        for (SourceDocument source : document.sources()) {
            PageResult result =
                    capture(source, standing.latestCapture(source.location().toString()));
            if (result instanceof PageResult.Failed failed) {
                record(pages); // the pages archived before this one keep their index entries and custody links
                return fail(failed.failure());
            }
            pages.add(((PageResult.Captured) result).page());
        }
        return version(pages, standing);
    }

    private PageResult capture(SourceDocument source, Optional<CaptureRow> previous) {
        FetchResult result = parts.fetcher().fetch(request(source, previous));
        return switch (result) {
            case FetchResult.Failed failed -> new PageResult.Failed(failed.failure());
            case FetchResult.NotModified notModified -> reuse(source, previous);
            case FetchResult.Fetched fetched -> archive(source, fetched.response(), previous);
        };
    }

    private FetchRequest request(SourceDocument source, Optional<CaptureRow> previous) {
        return new FetchRequest(
                source.location(),
                source.executeClientScripts(),
                previous.flatMap(CaptureRow::etag),
                previous.flatMap(CaptureRow::lastModified),
                parts.ignoreRobots());
    }

    private PageResult reuse(SourceDocument source, Optional<CaptureRow> previous) {
        if (previous.isEmpty()) {
            return new PageResult.Failed(Failure.of(
                    FailureClass.HTTP_ERROR,
                    source.location() + ": server answered 304 Not Modified to a request that had no validators"));
        }
        return new PageResult.Captured(FetchedPage.reused(source, previous.orElseThrow()));
    }

    /**
     * Archives the capture (on disk before this returns); its index entry is recorded with the rest of the pass, in
     * the transaction that also records the pass's outcome when nothing changed.
     */
    private PageResult archive(SourceDocument source, Response response, Optional<CaptureRow> previous) {
        try {
            ArchivedCapture archived = parts.archive().archive(response, previous.map(CaptureRow::archived));
            boolean unchanged = previous.map(p -> p.payloadDigest().equals(archived.payloadDigest()))
                    .orElse(false);
            return new PageResult.Captured(
                    FetchedPage.fresh(source, newCapture(response, archived), unchanged, response));
        } catch (IOException e) {
            return new PageResult.Failed(Failure.of(
                    FailureClass.ARCHIVE_ERROR,
                    source.location() + ": could not archive the capture: " + e.getMessage()));
        }
    }

    private DocumentOutcome version(List<FetchedPage> fetched, DocumentStanding standing) {
        if (fetched.stream().allMatch(FetchedPage::unchanged)) {
            if (standing.latest().isPresent() && nothingToRedo(standing)) {
                Instant at = parts.clock().instant();
                recorded(fetched, parts.store().recordUnchanged(documentId, fresh(fetched), at));
                return DocumentOutcome.unchanged(
                        document.service(),
                        document.termsType(),
                        standing.latest().orElseThrow().id());
            }
        }
        List<CapturedPage> pages = record(fetched);
        DocumentState state = parts.recorder().state(row);
        String markdown;
        try {
            markdown = parts.versioner().normalise(parts.extractor().extract(toPages(pages)));
        } catch (ExtractionException e) {
            return fail(Failure.of(e.failureClass(), e.getMessage()));
        } catch (IOException e) {
            return fail(
                    Failure.of(FailureClass.ARCHIVE_ERROR, "could not read an archived capture: " + e.getMessage()));
        }
        return decide(pages, state, markdown);
    }

    /** Records the index entries of the pages fetched in this pass (none when every page was answered 304). */
    private List<CapturedPage> record(List<FetchedPage> fetched) {
        List<NewCapture> fresh = fresh(fetched);
        return recorded(fetched, fresh.isEmpty() ? List.of() : parts.store().recordCaptures(fresh));
    }

    private static List<NewCapture> fresh(List<FetchedPage> fetched) {
        return fetched.stream().flatMap(page -> page.fresh().stream()).toList();
    }

    /** The pages with their capture rows, given the ids the fresh captures were recorded under, in order. */
    private List<CapturedPage> recorded(List<FetchedPage> fetched, List<Long> ids) {
        List<CapturedPage> pages = new ArrayList<>();
        int next = 0;
        for (FetchedPage page : fetched) {
            if (page.fresh().isEmpty()) {
                pages.add(new CapturedPage(page.source(), page.reused().orElseThrow(), true, Optional.empty()));
                continue;
            }
            CaptureRow capture = page.fresh().orElseThrow().recorded(ids.get(next++));
            warnOfRefusals(page.source(), capture.id(), page.response().orElseThrow());
            pages.add(new CapturedPage(page.source(), capture, page.unchanged(), page.response()));
        }
        return pages;
    }

    private static void warnOfRefusals(SourceDocument source, long captureId, Response response) {
        if (!response.refusedRequests().isEmpty()) {
            LOG.warn(
                    "{}: capture {} was rendered without sub-requests ClauseWatch refused ({}); they are listed with"
                            + " the capture",
                    source.location(),
                    captureId,
                    response.refusedRequests().summary());
        }
    }

    /**
     * With the same bytes as last time: the same extractor and declaration, and the last pass succeeded, so extraction
     * would give the same text. Checked on the standing alone, so that such a pass reads no text.
     */
    private boolean nothingToRedo(DocumentStanding standing) {
        return !extractionChanged(standing.latest().map(DocumentStanding.LatestVersion::extractorVersion))
                && standing.status().currentFailure().isEmpty();
    }

    /** Whether the latest version was extracted otherwise than the declaration and extractor would extract now. */
    private boolean extractionChanged(Optional<String> latestExtractorVersion) {
        return latestExtractorVersion
                .map(key -> !key.equals(ExtractionKey.of(document.sources())))
                .orElse(false);
    }

    private DocumentOutcome decide(List<CapturedPage> pages, DocumentState state, String markdown) {
        Optional<String> previous = state.latest().map(DocumentState.Latest::markdown);
        Decision decision = parts.versioner().decide(previous, markdown);
        if (decision instanceof Decision.Anomaly anomaly && ShrinkConfirmation.concerns(anomaly)) {
            decision = parts.versioner().decide(previous, markdown, earlierSizes(state));
        }
        if (decision instanceof Decision.NewVersion && rotatesOnly(state, markdown)) {
            return unchanged(state.latest().orElseThrow().version());
        }
        return switch (decision) {
            case Decision.Unchanged unchanged ->
                unchanged(state.latest().orElseThrow().version());
            case Decision.Anomaly anomaly
            when confirmedShrink(anomaly, state) ->
                record(pages, state, markdown, new Origin.Tracked(extractionOnly(pages, state), true));
            case Decision.Anomaly anomaly -> fail(Failure.of(FailureClass.CAPTURE_ANOMALY, anomaly.reason()));
            case Decision.NewVersion newVersion ->
                record(
                        pages,
                        state,
                        markdown,
                        new Origin.Tracked(
                                extractionOnly(pages, state),
                                false,
                                newVersion.afterOutlier().isPresent()));
        };
    }

    /**
     * Whether the text differs from the latest version only in lines already seen to change on every capture (see
     * VolatileLines): then it is no new version. Every rotation found is recorded, so the first one is remembered.
     */
    private boolean rotatesOnly(DocumentState state, String markdown) {
        if (state.latest().isEmpty()) {
            return false;
        }
        VolatileLines.Rotation rotation =
                VolatileLines.between(state.latest().orElseThrow().markdown(), markdown);
        if (rotation.shapes().isEmpty()) {
            return false;
        }
        Set<String> seen = parts.store().volatileLines(documentId);
        parts.store()
                .recordVolatileLines(
                        documentId, rotation.shapes(), parts.clock().instant());
        if (!rotation.onlyAmong(seen)) {
            return false;
        }
        LOG.info("{} / {}: no new version, {}", document.service(), document.termsType(), rotation.describe());
        return true;
    }

    /**
     * The sizes of the versions recorded before the latest, oldest first: read only when a capture shrank, to tell
     * whether the latest version was an outlier.
     */
    private List<Long> earlierSizes(DocumentState state) {
        List<Long> sizes = new ArrayList<>(parts.store().versions(documentId).stream()
                .map(VersionRow::bytes)
                .toList());
        if (!sizes.isEmpty()) {
            sizes.removeLast();
        }
        return sizes;
    }

    /** The same shrink refused pass after pass for long enough is the document's new text (see ShrinkConfirmation). */
    private boolean confirmedShrink(Decision.Anomaly anomaly, DocumentState state) {
        if (!ShrinkConfirmation.concerns(anomaly)) {
            return false; // an error page or a bot wall: no history to read
        }
        Optional<TrackingStatus.CurrentFailure> current = state.status().currentFailure();
        if (current.isEmpty()) {
            return false;
        }
        Instant since = current.orElseThrow().since();
        List<ShrinkConfirmation.PastRefusal> refusals = parts.store().failures(documentId, REFUSALS_CONSULTED).stream()
                .filter(row -> !row.failedAt().isBefore(since))
                .takeWhile(row -> row.failure().failureClass() == FailureClass.CAPTURE_ANOMALY)
                .map(row -> new ShrinkConfirmation.PastRefusal(row.failure().message(), row.failedAt()))
                .toList();
        return ShrinkConfirmation.confirms(anomaly, refusals, parts.clock().instant());
    }

    private boolean extractionOnly(List<CapturedPage> pages, DocumentState state) {
        return pages.stream().allMatch(CapturedPage::unchanged)
                && extractionChanged(
                        state.latest().map(latest -> latest.version().extractorVersion()));
    }

    private DocumentOutcome record(List<CapturedPage> pages, DocumentState state, String markdown, Origin origin) {
        Instant capturedAt = pages.stream()
                .map(p -> p.capture().fetchedAt())
                .max(Instant::compareTo)
                .orElseThrow();
        long versionId = parts.recorder()
                .record(
                        state,
                        markdown,
                        origin,
                        new VersionRecorder.Captures(
                                capturedAt,
                                pages.stream().map(p -> p.capture().id()).toList(),
                                ExtractionKey.of(document.sources())));
        return DocumentOutcome.newVersion(document.service(), document.termsType(), versionId);
    }

    private List<Page> toPages(List<CapturedPage> pages) throws IOException {
        List<Page> result = new ArrayList<>();
        for (CapturedPage page : pages) {
            result.add(toPage(page));
        }
        return result;
    }

    private Page toPage(CapturedPage page) throws IOException {
        if (page.response().isEmpty()) {
            return new ArchivedPages(parts.store(), parts.archive()).read(page.capture(), page.source());
        }
        Response response = page.response().orElseThrow();
        return new Page(
                response.requestedUrl(), response.payload(), response.mediaType(), response.charset(), page.source());
    }

    /** Indexed under the declared URL (not the final one after redirects) so the next pass finds it. */
    private NewCapture newCapture(Response response, ArchivedCapture archived) {
        return new NewCapture(
                Optional.of(documentId),
                response.requestedUrl().toString(),
                archived.capturedAt(),
                response.status(),
                ContentType.format(response.mediaType(), response.charset()),
                archived.payloadDigest(),
                response.payload().size(),
                response.header("ETag"),
                response.header("Last-Modified"),
                archived.warcFile(),
                archived.offset(),
                archived.length(),
                archived.recordId(),
                archived.revisit(),
                response.rendered());
    }

    private DocumentOutcome unchanged(VersionRow latest) {
        parts.store().recordSuccess(documentId, parts.clock().instant());
        return DocumentOutcome.unchanged(document.service(), document.termsType(), latest.id());
    }

    private DocumentOutcome fail(Failure failure) {
        parts.store().recordFailure(documentId, failure, parts.clock().instant());
        return DocumentOutcome.failed(document.service(), document.termsType(), failure);
    }

    /**
     * One page of the document as fetched in this pass, before its index entry is recorded: a fresh capture, or the
     * previous capture reused when the server answered 304. {@code unchanged} when its payload equals the previous
     * capture's.
     */
    private record FetchedPage(
            SourceDocument source,
            Optional<NewCapture> fresh,
            Optional<CaptureRow> reused,
            boolean unchanged,
            Optional<Response> response) {
        static FetchedPage fresh(SourceDocument source, NewCapture capture, boolean unchanged, Response response) {
            return new FetchedPage(source, Optional.of(capture), Optional.empty(), unchanged, Optional.of(response));
        }

        static FetchedPage reused(SourceDocument source, CaptureRow previous) {
            return new FetchedPage(source, Optional.empty(), Optional.of(previous), true, Optional.empty());
        }
    }

    /** One page of the document as captured in this pass; {@code unchanged} when its payload equals the previous capture's. */
    private record CapturedPage(
            SourceDocument source, CaptureRow capture, boolean unchanged, Optional<Response> response) {}

    private sealed interface PageResult {
        record Captured(FetchedPage page) implements PageResult {}

        record Failed(Failure failure) implements PageResult {}
    }
}
