package org.clausewatch.browse;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.Bytes;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.store.Browsing;
import org.clausewatch.store.Browsing.ChangeQuery;
import org.clausewatch.store.Browsing.ChangeSummary;
import org.clausewatch.store.Browsing.DocumentSummary;
import org.clausewatch.store.Browsing.ProvisionOccurrence;
import org.clausewatch.store.Browsing.ServiceSummary;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.ContentStamp;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.FailureRow;
import org.clausewatch.store.SearchHit;
import org.clausewatch.store.SearchQuery;
import org.clausewatch.store.Store;
import org.clausewatch.store.TrackingStatus;
import org.clausewatch.store.VersionRow;

/**
 * What ClauseWatch has recorded, as people look at it: every query that a web page, an API answer or a command's
 * {@code --json} output makes, and the views they share, so that each shows the same thing under the same names.
 * Names and slugs are resolved here, and what does not exist is a {@link NotFound} naming it. It only reads; safe to
 * share between threads.
 */
public final class Catalogue {
    /** Failures a document page lists. */
    public static final int FAILURES = 10;

    private final Store store;
    private final Browsing browsing;
    private final Taxonomy taxonomy;
    private final Regulations regulations;
    private final Analyses analyses;
    private final Pages pages;
    private final Captures captures;
    private final Redlining redlining;
    private final ChangeDetails changeDetails;

    /**
     * What the catalogue reads from: the store, the WARC archive when captures can be shown, and the reader with the
     * taxonomy and regulation references that turn stored readings into analyses. The reader is asked for only when
     * an analysis is shown, since loading its models takes a moment that listing versions should not pay.
     */
    public record Sources(
            Store store,
            Optional<WarcArchive> archive,
            Supplier<ProvisionReader> reader,
            Taxonomy taxonomy,
            Regulations regulations) {}

    public Catalogue(Sources sources) {
        this.store = sources.store();
        this.browsing = store.browsing();
        this.taxonomy = sources.taxonomy();
        this.regulations = sources.regulations();
        this.analyses = new Analyses(sources);
        this.changeDetails = new ChangeDetails(store, sources.reader(), analyses);
        this.pages = new Pages(store, analyses, sources.reader(), changeDetails);
        this.captures = new Captures(store, sources.archive());
        this.redlining = new Redlining(store, changeDetails);
    }

    /** The recorded service whose name or slug is {@code name}. */
    public String service(String name) {
        return store.documents().stream()
                .map(DocumentRow::service)
                .filter(recorded -> Links.slug(recorded).equals(name) || recorded.equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFound("no service '" + name + "' is watched"));
    }

    /** The recorded document of service {@code service} and terms type {@code termsType}, each a name or a slug. */
    public DocumentRow document(String service, String termsType) {
        String recorded = service(service);
        return store.documents().stream()
                .filter(d -> d.service().equals(recorded))
                .filter(d -> Links.slug(d.termsType()).equals(termsType)
                        || d.termsType().equals(termsType))
                .findFirst()
                .orElseThrow(() -> new NotFound("service " + recorded + " has no document '" + termsType + "'"));
    }

    /** Every recorded document, by service and terms type. */
    public List<DocumentRow> documents() {
        return store.documents();
    }

    public List<ServiceSummary> services() {
        return browsing.services();
    }

    /** The documents of one service, or of all, with their counts. */
    public List<DocumentSummary> documents(Optional<String> service) {
        return browsing.documents(service);
    }

    public DocumentSummary summary(DocumentRow document) {
        return documents(Optional.of(document.service())).stream()
                .filter(d -> d.document().id() == document.id())
                .findFirst()
                .orElseThrow(() -> new NotFound("no document " + document.service() + " / " + document.termsType()));
    }

    public TrackingStatus status(DocumentRow document) {
        return store.status(document.id());
    }

    /** Every document with how its tracking stands. */
    public List<Views.DocumentStatus> statuses() {
        return documents().stream()
                .map(d -> new Views.DocumentStatus(d, status(d)))
                .toList();
    }

    public List<FailureRow> failures(DocumentRow document) {
        return store.failures(document.id(), FAILURES);
    }

    /** What the store holds, as a value that moves whenever a version or reading is recorded: a key for caches. */
    public ContentStamp contentStamp() {
        return store.contentStamp();
    }

    public List<VersionRow> versions(DocumentRow document) {
        return store.versions(document.id());
    }

    public Optional<VersionRow> latestVersion(DocumentRow document) {
        return store.latestVersion(document.id());
    }

    /** The version of {@code document} in force at {@code at}. */
    public Optional<VersionRow> versionAt(DocumentRow document, Instant at) {
        return store.versionAt(document.id(), at);
    }

    public VersionRow version(long id) {
        return store.version(id).orElseThrow(() -> new NotFound("no version " + id));
    }

    /** The version {@code id}, which must be one of {@code document}'s. */
    public VersionRow versionOf(DocumentRow document, long id) {
        return pages.versionOf(document, id);
    }

    /** A version with its Markdown and its provisions, each with what was read in it. */
    public Views.VersionText text(VersionRow version) {
        DocumentRow document = browsing.document(version.documentId()).orElseThrow();
        return new Views.VersionText(
                version,
                document,
                store.markdown(version.id()),
                analyses.read(document.service(), store.provisions(version.id())));
    }

    /** The occurrences of one provision in the versions of {@code document}, oldest first. */
    public List<ProvisionOccurrence> lineage(DocumentRow document, String lineageId) {
        return browsing.lineage(lineageId).stream()
                .filter(o -> o.document().id() == document.id())
                .toList();
    }

    /** Changes as lists show them: each with its topics by name. */
    public List<Views.ChangeLine> changeLines(ChangeQuery query) {
        return pages.changeLines(changes(query));
    }

    public List<ChangeSummary> changes(ChangeQuery query) {
        return browsing.changes(query);
    }

    public int countChanges(ChangeQuery query) {
        return browsing.countChanges(query);
    }

    /** Every change record with its items, oldest first, of one document or all, from {@code since} on. */
    public List<ChangeRow> changeRecords(Optional<Long> documentId, Optional<Instant> since) {
        return store.changes(documentId, since);
    }

    public ChangeRow changeRecord(long id) {
        return browsing.change(id).orElseThrow(() -> new NotFound("no change record " + id));
    }

    /** A change record with each item's document move, reading and analysis deltas. */
    public Views.ChangeDetail detail(ChangeRow change) {
        return changeDetails.of(change);
    }

    /** Hits of a full-text search, matched against the readings of the running reader. */
    public List<SearchHit> search(SearchQuery query) {
        return browsing.search(query, ProvisionReader.VERSION);
    }

    /** The topic {@code id} of the taxonomy, in any letter case. */
    public Optional<Topic> findTopic(String id) {
        return taxonomy.topic(id).or(() -> taxonomy.topic(id.toUpperCase(Locale.ROOT)));
    }

    /** The topic {@code id} of the taxonomy, in any letter case; {@link NotFound} when it has none. */
    public Topic topic(String id) {
        return findTopic(id).orElseThrow(() -> new NotFound("no topic '" + id + "' in the taxonomy (A1 … F10)"));
    }

    public List<Topic> topics() {
        return taxonomy.topics();
    }

    /** The regulation references topics map to, as the regulations index lists them. */
    public List<RegulationReference> regulations() {
        return regulations.references();
    }

    /** The references topic {@code topicId} is potentially relevant to. */
    public List<RegulationReference> regulationsFor(String topicId) {
        return regulations.referencesFor(topicId);
    }

    public Views.Home home() {
        return pages.home();
    }

    /** The page of the service {@code name} (a name or slug) as of {@code now}. */
    public Views.Service servicePage(String name, Instant now) {
        return pages.service(service(name), now);
    }

    /** The document page; {@code status} and {@code failures} are the tracking state the caller already read. */
    public Views.Document documentPage(
            DocumentRow document, Optional<Long> versionId, TrackingStatus status, List<FailureRow> failures) {
        return pages.document(document, versionId, status, failures);
    }

    public Views.Change changePage(long id) {
        return pages.change(id);
    }

    /** The redline between two versions of {@code document}, older first whichever way they are given. */
    public Views.Change compare(DocumentRow document, long from, long to) {
        VersionRow older = versionOf(document, from);
        VersionRow newer = versionOf(document, to);
        return older.capturedAt().isAfter(newer.capturedAt())
                ? redlining.compare(document, newer, older)
                : redlining.compare(document, older, newer);
    }

    public Views.Provision provisionPage(String lineageId) {
        return pages.provision(lineageId);
    }

    /** How a provision is named where a list mentions it; empty when {@code lineageId} is not recorded. */
    public Optional<Views.ProvisionName> provisionName(String lineageId) {
        return pages.provisionName(lineageId);
    }

    public Views.Topics topicsPage() {
        return analyses.topics();
    }

    /** Every service's current provisions on a topic, optionally of one severity, and how the services compare. */
    public Views.TopicPage topicPage(String id, Optional<Severity> severity) {
        return analyses.topicPage(topic(id).id(), severity);
    }

    public Views.RegulationPage regulationPage(String id) {
        return analyses.regulationPage(id);
    }

    public Views.Methodology methodology() {
        return pages.methodology();
    }

    public Views.About about() {
        return pages.about();
    }

    public CaptureRow capture(long id) {
        return captures.row(id);
    }

    /** Capture {@code id} labelled, with the requests ClauseWatch refused while rendering it when they are known. */
    public Views.Capture captureLabel(long id) {
        return captures.label(id);
    }

    /** The archived payload of {@code capture}, checked against its digest; a revisit's comes from its original. */
    public Bytes payload(CaptureRow capture) throws IOException {
        return captures.payload(capture);
    }

    /** Every capture of {@code url} as it was tracked; {@link NotFound} when ClauseWatch never captured it. */
    public Mementos mementos(String url) {
        List<Mementos.Memento> list = store.capturesOf(url).stream()
                .map(c -> new Mementos.Memento(c.id(), c.fetchedAt()))
                .toList();
        if (list.isEmpty()) {
            throw new NotFound("ClauseWatch has no capture of " + url);
        }
        return new Mementos(url, list);
    }
}
