package org.clausewatch.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.common.Failure;
import org.clausewatch.history.Elsewhere;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.EarlierVersion;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.Reading;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Documents, captures, versions and failures, in explicit SQL that runs unchanged on SQLite and PostgreSQL.
 * Instants are stored as UTC epoch milliseconds, so they round-trip to the millisecond. Every write is one
 * transaction: a version is never visible without its text and its capture links.
 */
public final class Store {
    private final Dialect dialect;
    private final Jdbi reads;
    private final Jdbi writes;
    private final List<ChangeListener> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final VersionWrites versionWrites;
    private final Browsing browsing;

    /** The database this store writes to, for SQL that must differ between them. */
    public Dialect dialect() {
        return dialect;
    }

    Store(Dialect dialect, Jdbi reads, Jdbi writes) {
        this.dialect = dialect;
        this.reads = reads;
        this.writes = writes;
        this.versionWrites = new VersionWrites(dialect, changeListeners);
        this.browsing = new Browsing(reads);
    }

    /** The read-only queries of the web pages and the API. */
    public Browsing browsing() {
        return browsing;
    }

    /**
     * Records the document when it is new; returns its id either way. A known document is only read: every tracking
     * pass asks for each of its documents, and a write transaction for each would be a commit for nothing.
     */
    public long ensureDocument(String service, String termsType) {
        requireText(service, "service");
        requireText(termsType, "terms type");
        Optional<DocumentRow> known = document(service, termsType);
        if (known.isPresent()) {
            return known.orElseThrow().id();
        }
        return write(
                "ensure document " + service + " / " + termsType,
                handle -> Documents.ensure(handle, service, termsType));
    }

    /** How many services have at least one document watched. */
    public int watchedServices() {
        return read(
                "count watched services",
                handle -> handle.createQuery("SELECT COUNT(DISTINCT service) FROM documents")
                        .mapTo(Integer.class)
                        .one());
    }

    public List<DocumentRow> documents() {
        return read("list documents", Documents::all);
    }

    public Optional<DocumentRow> document(String service, String termsType) {
        return read("find document " + service + " / " + termsType, handle -> Documents.of(handle, service, termsType));
    }

    /** Records the capture and links it to the custody chain, in one transaction. */
    public long recordCapture(NewCapture capture) {
        return recordCaptures(List.of(capture)).get(0);
    }

    /** Records the captures of one document's pass and links each to the custody chain, in one transaction. */
    public List<Long> recordCaptures(List<NewCapture> captures) {
        return write("record " + captures.size() + " captures", handle -> insertCaptures(handle, captures));
    }

    /**
     * Records what a pass that found the document as it was leaves: its captures, each linked to the custody chain, and
     * its success, in one transaction, so that an unchanged document costs one commit. Returns the captures' ids.
     */
    public List<Long> recordUnchanged(long documentId, List<NewCapture> captures, Instant at) {
        return write("record the unchanged pass of document " + documentId, handle -> {
            List<Long> ids = insertCaptures(handle, captures);
            Tracking.succeeded(handle, documentId, at);
            return ids;
        });
    }

    private List<Long> insertCaptures(Handle handle, List<NewCapture> captures) {
        List<Long> ids = new ArrayList<>();
        for (NewCapture capture : captures) {
            long id = Captures.insert(handle, capture);
            Custody.append(handle, dialect, id);
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** Walks the custody chain of the archive's index from its first link. */
    public CustodyReport verifyCustody() {
        return read("verify the custody chain", Custody::verify);
    }

    /** The newest link of the custody chain, the one a timestamp of the chain covers. */
    public Optional<CustodyLinkRow> custodyHead() {
        return read("find the custody chain's head", CustodyStamps::head);
    }

    /** The custody link of one capture. */
    public Optional<CustodyLinkRow> custodyLinkOf(long captureId) {
        return read("find the custody link of capture " + captureId, handle -> CustodyStamps.linkOf(handle, captureId));
    }

    /** The links {@code fromSeq} to {@code toSeq}, both included, in chain order. */
    public List<CustodyLinkRow> custodyLinks(long fromSeq, long toSeq) {
        return read(
                "list custody links " + fromSeq + " to " + toSeq,
                handle -> CustodyStamps.links(handle, fromSeq, toSeq));
    }

    /** Keeps a timestamp token with link {@code seq}, whose hash is the token's message imprint. */
    public void recordCustodyStamp(long seq, NewCustodyStamp stamp) {
        write("keep the timestamp of custody link " + seq, handle -> {
            CustodyStamps.insert(handle, seq, stamp);
            return null;
        });
    }

    /** Records a request for a token of link {@code seq} that got none. */
    public void recordCustodyStampFailure(long seq, String authority, Instant at, String message) {
        write("record the failed timestamp of custody link " + seq, handle -> {
            CustodyStamps.insertFailure(handle, seq, authority, at, message);
            return null;
        });
    }

    /** Every timestamp token kept, in chain order. */
    public List<CustodyStampRow> custodyStamps() {
        return read("list the custody chain's timestamps", CustodyStamps::all);
    }

    /** The newest timestamp token kept. */
    public Optional<CustodyStampRow> latestCustodyStamp() {
        return read("find the latest custody timestamp", CustodyStamps::latest);
    }

    /** The first token kept with link {@code seq} or a later one: the earliest trusted time that covers the link. */
    public Optional<CustodyStampRow> custodyStampCovering(long seq) {
        return read("find the timestamp covering custody link " + seq, handle -> CustodyStamps.covering(handle, seq));
    }

    /** When a timestamp token was last asked for, with or without success. */
    public Optional<Instant> lastCustodyStampAttempt() {
        return read("find the last timestamp request", CustodyStamps::lastAttempt);
    }

    /** The latest failed requests for a timestamp token, newest first. */
    public List<TimestampFailureRow> custodyStampFailures(int limit) {
        return read("list failed timestamp requests", handle -> CustodyStamps.failures(handle, limit));
    }

    /** The writing side, for the store's own tests to play an intruder who edits the database behind its back. */
    Jdbi writes() {
        return writes;
    }

    /** Links captures recorded before the custody chain existed; returns how many. */
    int chainUnlinkedCaptures() {
        // asked at every start: a read finds that there is nothing to link, without a write transaction
        if (read("find captures without a custody link", Custody::unlinked).isEmpty()) {
            return 0;
        }
        return write("link earlier captures to the custody chain", handle -> Custody.chainUnlinked(handle, dialect));
    }

    /** Up to {@code limit} captures with ids above {@code afterId}, in id order: page through them all. */
    public List<CaptureRow> captures(long afterId, int limit) {
        return read("list captures after " + afterId, handle -> Captures.page(handle, afterId, limit));
    }

    /** Every capture of {@code url} (the URL as tracked, before redirects), oldest first, ties in id order. */
    public List<CaptureRow> capturesOf(String url) {
        return read("list captures of " + url, handle -> Captures.ofUrl(handle, url));
    }

    public Optional<CaptureRow> capture(long id) {
        return read("find capture " + id, handle -> Captures.byId(handle, id));
    }

    /**
     * The capture whose WARC record holds the payload of {@code capture}: itself, or for a revisit the newest
     * earlier full capture with the same payload digest.
     */
    public Optional<CaptureRow> payloadSource(CaptureRow capture) {
        if (!capture.revisit()) {
            return Optional.of(capture);
        }
        return read(
                "find the payload of capture " + capture.id(),
                handle -> Captures.fullCaptureOf(handle, capture.payloadDigest(), capture.fetchedAt()));
    }

    /** What the store holds now, in one cheap query: caches of pages key on it. */
    public ContentStamp contentStamp() {
        return read(
                "read the content stamp",
                handle -> handle.createQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM versions) AS version_id, "
                                + "(SELECT COALESCE(MAX(id), 0) FROM documents) AS document_id, "
                                + "(SELECT COALESCE(MAX(id), 0) FROM reading_batches) AS reading_batches")
                        .map((rs, ctx) -> new ContentStamp(
                                rs.getLong("version_id"), rs.getLong("document_id"), rs.getLong("reading_batches")))
                        .one());
    }

    /**
     * The document's tracking status, latest version (without its text) and the latest capture of each of {@code
     * urls}, in one read: all a pass that finds nothing changed reads.
     */
    public DocumentStanding standing(long documentId, Collection<String> urls) {
        return read("read the standing of document " + documentId, handle -> {
            Map<String, CaptureRow> captures = new HashMap<>();
            for (String url : urls) {
                Captures.latest(handle, url).ifPresent(capture -> captures.put(url, capture));
            }
            return new DocumentStanding(
                    Tracking.status(handle, documentId), Versions.latestStanding(handle, documentId), captures);
        });
    }

    /**
     * The document as deciding and recording its next version needs it, in one read: its tracking status, and its
     * latest version with text, provisions and the digests of its {@code recentVersions} most recent versions.
     */
    public DocumentState state(DocumentRow document, int recentVersions) {
        return read("read the state of document " + document.id(), handle -> {
            TrackingStatus status = Tracking.status(handle, document.id());
            Optional<DocumentState.Latest> latest = Versions.latest(handle, document.id())
                    .map(version -> new DocumentState.Latest(
                            version,
                            Versions.markdown(handle, version.id()).orElseThrow(),
                            Provisions.ofVersion(handle, version.id()).stream()
                                    .map(ProvisionRow::lineaged)
                                    .toList(),
                            Versions.recent(handle, document.id(), recentVersions)));
            return new DocumentState(document, status, latest);
        });
    }

    /**
     * The {@code count} versions of the document before its latest, oldest first, as returning provisions and
     * flip-backs need them: when each was captured, and its provisions' lineage ids by key.
     */
    public List<EarlierVersion> earlierVersions(long documentId, int count) {
        return read(
                "read the earlier versions of document " + documentId,
                handle -> Provisions.earlier(handle, documentId, count));
    }

    public Optional<VersionRow> latestVersion(long documentId) {
        return read("find latest version of document " + documentId, handle -> Versions.latest(handle, documentId));
    }

    /** All versions of a document, oldest first, without their texts. */
    public List<VersionRow> versions(long documentId) {
        return read("list versions of document " + documentId, handle -> Versions.all(handle, documentId));
    }

    /** The version in force at {@code at}: the newest captured at or before it. */
    public Optional<VersionRow> versionAt(long documentId, Instant at) {
        return read(
                "find version of document " + documentId + " at " + at, handle -> Versions.at(handle, documentId, at));
    }

    public Optional<VersionRow> version(long versionId) {
        return read("find version " + versionId, handle -> Versions.byId(handle, versionId));
    }

    /** The Markdown of a version; a {@link StoreException} when there is no such version. */
    public String markdown(long versionId) {
        return read("read text of version " + versionId, handle -> Versions.markdown(handle, versionId))
                .orElseThrow(() -> new StoreException("version " + versionId + " does not exist"));
    }

    /**
     * Calls {@code listener} inside the transaction of every change record written from now on, so that what it
     * writes (the alert outbox) commits or rolls back together with the change.
     */
    public void onChangeRecorded(ChangeListener listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Records a version, its text and capture links, and clears the document's current failure, atomically. */
    long recordVersion(NewVersion version) {
        return record(VersionRecord.of(version));
    }

    /**
     * Records a version with its text, capture links, provisions, lineage relations and change record, and
     * clears the document's current failure: all in one transaction.
     */
    public long record(VersionRecord record) {
        NewVersion version = record.version();
        return write("record version of document " + version.documentId() + " at " + version.capturedAt(), handle -> {
            long id = versionWrites.insert(handle, record, new HashSet<>());
            Tracking.succeeded(handle, version.documentId(), version.capturedAt());
            return id;
        });
    }

    /** Records many versions (an imported history) in one transaction: all of them or none. */
    List<Long> recordVersions(List<NewVersion> batch) {
        return recordAll(batch.stream().map(VersionRecord::of).toList());
    }

    /** Records many versions with their provisions and changes, oldest first, in one transaction. */
    public List<Long> recordAll(List<VersionRecord> batch) {
        return write("record " + batch.size() + " versions", handle -> {
            List<Long> ids = new java.util.ArrayList<>(batch.size());
            Set<String> textsWritten = new HashSet<>();
            for (VersionRecord record : batch) {
                ids.add(versionWrites.insert(handle, record, textsWritten));
            }
            return ids;
        });
    }

    public List<ProvisionRow> provisions(long versionId) {
        return read("read provisions of version " + versionId, handle -> Provisions.ofVersion(handle, versionId));
    }

    /** One provision in every version of the document that has its lineage, oldest first. */
    public List<ProvisionRow> provisionHistory(long documentId, String lineageId) {
        return read(
                "read history of provision " + lineageId,
                handle -> Provisions.ofLineage(handle, documentId, lineageId));
    }

    List<LineageRelation> relations(long versionId) {
        return read(
                "read lineage relations of version " + versionId, handle -> Provisions.relationsOf(handle, versionId));
    }

    /**
     * Provisions added or removed ({@code kind}) between two times in the service's documents other than
     * {@code documentId}, not yet paired with a move between documents: the candidates for such a move.
     */
    public List<Elsewhere> unpairedItems(
            String service, long documentId, ChangeItem.Kind kind, Instant from, Instant to) {
        return read(
                "read provisions " + kind + " elsewhere in " + service,
                handle -> DocumentMoves.unpaired(handle, service, documentId, kind, from, to));
    }

    /** The move between documents that the lineage took part in, if any. */
    public Optional<DocumentMoveRow> documentMove(String lineageId) {
        return read("read the document move of provision " + lineageId, handle -> DocumentMoves.of(handle, lineageId));
    }

    /**
     * The readings of {@code readerVersion} recorded for these wordings, by {@link Provision#readingKey reading key};
     * keys without one are absent.
     */
    public Map<String, Reading> readings(String readerVersion, Collection<String> readingKeys) {
        return read("read provision readings", handle -> Readings.of(handle, readerVersion, readingKeys));
    }

    /** What the latest version of every document says on {@code topic}, as read by {@code readerVersion}. */
    public List<TopicProvisionRow> currentProvisionsOn(String topic, String readerVersion) {
        return read(
                "read current provisions on topic " + topic, handle -> Topics.current(handle, readerVersion, topic));
    }

    /**
     * The provisions of the latest versions of {@code service}'s documents whose reading by {@code readerVersion} has
     * one of {@code severities}, by terms type and place.
     */
    public List<GradedProvisionRow> currentProvisionsGraded(
            String service, String readerVersion, Collection<Severity> severities) {
        return read(
                "read graded current provisions of " + service,
                handle -> GradedProvisions.current(handle, readerVersion, service, severities));
    }

    /**
     * For every document, the earliest version holding a provision that {@code readerVersion} read as being on {@code
     * topic}: when each service first stated something on it, as far as the record goes.
     */
    public List<TopicFirstRow> firstStatedOn(String topic, String readerVersion) {
        return read(
                "read when provisions on topic " + topic + " were first stated",
                handle -> Topics.first(handle, readerVersion, topic));
    }

    /** Every recorded change item about a provision on {@code topic}, by service and time. */
    public List<TopicChangeRow> changesOn(String topic) {
        return read("read changes on topic " + topic, handle -> Topics.changes(handle, topic));
    }

    /** Records readings made apart from a version (re-analysis); a wording already read is left as it is. */
    public void recordReadings(NewReadings readings) {
        write("record " + readings.readings().size() + " provision readings", handle -> {
            Readings.insert(handle, readings);
            return null;
        });
    }

    /** Up to {@code limit} recorded wordings that have no reading of {@code readerVersion} yet. */
    public List<UnreadProvision> unreadProvisions(String readerVersion, int limit) {
        return read("find unread provisions", handle -> Readings.unread(handle, readerVersion, limit));
    }

    /**
     * Gives provisions recorded before keys were kept ({@code text_key} or {@code reading_key} empty) the key of their
     * text ({@link Provision#keyOf}) and of their reading ({@link Provision#readingKey}); returns how many.
     */
    public int fillProvisionKeys() {
        return write("fill provision keys", Provisions::fillKeys);
    }

    /** Change records oldest first, of one document or all, from a time on or all. */
    public List<ChangeRow> changes(Optional<Long> documentId, Optional<Instant> since) {
        return read("list changes", handle -> Changes.list(handle, documentId, since));
    }

    /** The change record that led to a version; empty for a first version. */
    public Optional<ChangeRow> changeInto(long versionId) {
        return read("find the change into version " + versionId, handle -> Changes.intoVersion(handle, versionId));
    }

    /** Adds the failure to the document's history and makes it the current failure. */
    public void recordFailure(long documentId, Failure failure, Instant at) {
        write("record failure of document " + documentId, handle -> {
            Tracking.failed(handle, documentId, failure, at);
            return null;
        });
    }

    /** An unchanged, successful pass: clears the current failure and moves the last success. */
    public void recordSuccess(long documentId, Instant at) {
        write("record success of document " + documentId, handle -> {
            Tracking.succeeded(handle, documentId, at);
            return null;
        });
    }

    public TrackingStatus status(long documentId) {
        return read("read tracking status of document " + documentId, handle -> Tracking.status(handle, documentId));
    }

    /** The newest {@code limit} failures of the document, newest first. */
    public List<FailureRow> failures(long documentId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("failure limit must not be negative, not " + limit);
        }
        return read("list failures of document " + documentId, handle -> Tracking.failures(handle, documentId, limit));
    }

    /** The shapes of the document's lines seen to change on every capture, first seen first. */
    public Set<String> volatileLines(long documentId) {
        return read(
                "read the volatile lines of document " + documentId,
                handle -> VolatileLineRows.shapes(handle, documentId));
    }

    /** Records that lines of these shapes rotated in the document at {@code at}. */
    public void recordVolatileLines(long documentId, Collection<String> shapes, Instant at) {
        if (shapes.isEmpty()) {
            return;
        }
        write("record the volatile lines of document " + documentId, handle -> {
            VolatileLineRows.rotated(handle, documentId, shapes, at);
            return null;
        });
    }

    private <T> T read(String operation, Function<Handle, T> work) {
        try {
            return reads.withHandle(work::apply);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (StoreBusyException.isPoolTimeout(e)) {
                throw new StoreBusyException(operation, e);
            }
            throw new StoreException("could not " + operation + ": " + e.getMessage(), e);
        }
    }

    /** Runs again a transaction that PostgreSQL aborted for a conflict with another writer: it changed nothing. */
    private <T> T write(String operation, Function<Handle, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writes.inTransaction(work::apply);
            } catch (RuntimeException e) {
                if (attempt >= WriteConflicts.ATTEMPTS || !WriteConflicts.isConflict(e)) {
                    throw e instanceof StoreException store
                            ? store
                            : new StoreException("could not " + operation + ": " + e.getMessage(), e);
                }
                WriteConflicts.pause(attempt);
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty, not '" + value + "'");
        }
    }
}
