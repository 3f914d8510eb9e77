package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.analysis.attribute.AttributeDelta;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.archive.ArchivedCapture;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Redline;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Sha256;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.EarlierVersion;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ExplainedChange;
import org.clausewatch.reading.ItemMeaning;
import org.clausewatch.version.VersionFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The repository behaviour every dialect must show; one subclass per dialect supplies a fresh database. */
abstract class StoreContract {
    static final Instant T0 = Instant.parse("2026-01-10T08:00:00.123Z");
    static final String URL = "https://example.org/terms";

    Database database;
    Store store;

    abstract Database openDatabase() throws Exception;

    abstract Dialect expectedDialect();

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        store = database.store();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void opensTheExpectedDialect() {
        assertThat(database.dialect()).isEqualTo(expectedDialect());
    }

    @Test
    void recognisesAMigratedSchemaAsCurrentWithFlywaysOwnChecksums() {
        assertThat(database.schemaCurrent()).isTrue();
    }

    @Test
    void ensuresADocumentOnceAndFindsIt() {
        long terms = store.ensureDocument("ChatGPT", "Terms of Service");
        long privacy = store.ensureDocument("ChatGPT", "Privacy Policy");
        long again = store.ensureDocument("ChatGPT", "Terms of Service");

        assertThat(again).isEqualTo(terms);
        assertThat(privacy).isNotEqualTo(terms);
        assertThat(store.documents())
                .containsExactly(
                        new DocumentRow(privacy, "ChatGPT", "Privacy Policy"),
                        new DocumentRow(terms, "ChatGPT", "Terms of Service"));
        assertThat(store.document("ChatGPT", "Terms of Service"))
                .contains(new DocumentRow(terms, "ChatGPT", "Terms of Service"));
        assertThat(store.document("ChatGPT", "AI Policy")).isEmpty();
    }

    @Test
    void recordsACaptureAndReadsEveryFieldBack() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        NewCapture capture = new NewCapture(
                Optional.of(doc),
                URL,
                T0,
                200,
                "text/html",
                Sha256.of("page"),
                4,
                Optional.of("\"e1\""),
                Optional.of("Wed, 07 Jan 2026 10:00:00 GMT"),
                "a.warc.gz",
                1234,
                567,
                "urn:uuid:0000-1",
                false,
                true);

        long id = store.recordCapture(capture);

        CaptureRow row = store.capture(id).orElseThrow();
        assertThat(row)
                .isEqualTo(new CaptureRow(
                        id,
                        Optional.of(doc),
                        URL,
                        T0,
                        200,
                        "text/html",
                        Sha256.of("page"),
                        4,
                        Optional.of("\"e1\""),
                        Optional.of("Wed, 07 Jan 2026 10:00:00 GMT"),
                        "a.warc.gz",
                        1234,
                        567,
                        "urn:uuid:0000-1",
                        false,
                        true));
        assertThat(row.archived())
                .isEqualTo(new ArchivedCapture(
                        "a.warc.gz", 1234, 567, "urn:uuid:0000-1", URI.create(URL), T0, Sha256.of("page"), false));
        assertThat(store.capture(id + 1000)).isEmpty();
    }

    @Test
    void recordsACaptureWithoutDocumentOrValidators() {
        long id = store.recordCapture(capture(Optional.empty(), URL, T0, "x", false, "urn:uuid:plain"));
        CaptureRow row = store.capture(id).orElseThrow();
        assertThat(row.documentId()).isEmpty();
        assertThat(row.etag()).isEmpty();
        assertThat(row.lastModified()).isEmpty();
    }

    @Test
    void findsTheNewestCaptureOfAUrl() {
        store.recordCapture(capture(Optional.empty(), URL, T0, "a", false, "urn:uuid:1"));
        long newest = store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(60), "b", false, "urn:uuid:2"));
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(30), "c", false, "urn:uuid:3"));
        store.recordCapture(capture(Optional.empty(), URL + "/other", T0.plusSeconds(90), "d", false, "urn:uuid:4"));
        long sameInstantLater =
                store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(60), "e", false, "urn:uuid:5"));

        long doc = store.ensureDocument("Example", "Terms of Service");
        DocumentStanding standing = store.standing(doc, List.of(URL, "https://example.org/never"));
        assertThat(standing.latestCapture(URL).orElseThrow().id())
                .isEqualTo(sameInstantLater)
                .isNotEqualTo(newest);
        assertThat(standing.latestCapture("https://example.org/never")).isEmpty();
    }

    @Test
    void resolvesARevisitToTheFullCaptureHoldingItsPayload() {
        long full = store.recordCapture(capture(Optional.empty(), URL, T0, "same", false, "urn:uuid:full"));
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(5), "other", false, "urn:uuid:other"));
        long revisit =
                store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(10), "same", true, "urn:uuid:rev"));

        CaptureRow revisitRow = store.capture(revisit).orElseThrow();
        assertThat(store.payloadSource(revisitRow).orElseThrow().id()).isEqualTo(full);
        CaptureRow fullRow = store.capture(full).orElseThrow();
        assertThat(store.payloadSource(fullRow)).contains(fullRow);
    }

    @Test
    void recordsAVersionWithItsTextFlagsAndOrderedCaptureLinks() {
        long doc = store.ensureDocument("Example", "Privacy Policy");
        long first = store.recordCapture(capture(Optional.of(doc), URL, T0, "p1", false, "urn:uuid:p1"));
        long second = store.recordCapture(capture(Optional.of(doc), URL + "/2", T0, "p2", false, "urn:uuid:p2"));
        String markdown = "# Datenschutz\n\nWir verarbeiten Ihre Daten — nur für Zwecke in §3.\n";

        long id = store.recordVersion(new NewVersion(
                doc,
                T0,
                markdown,
                Sha256.of(markdown),
                Set.of(VersionFlag.FIRST_RECORD, VersionFlag.TECHNICAL_UPGRADE),
                "extract-7",
                List.of(second, first)));

        VersionRow row = store.version(id).orElseThrow();
        assertThat(row)
                .isEqualTo(new VersionRow(
                        id,
                        doc,
                        T0,
                        Sha256.of(markdown),
                        markdown.getBytes(StandardCharsets.UTF_8).length,
                        Set.of(VersionFlag.FIRST_RECORD, VersionFlag.TECHNICAL_UPGRADE),
                        "extract-7",
                        List.of(second, first)));
        assertThat(row.bytes()).isGreaterThan(markdown.length());
        assertThat(store.markdown(id)).isEqualTo(markdown);
        assertThat(store.latestVersion(doc)).contains(row);
        assertThat(store.version(id + 1000)).isEmpty();
    }

    @Test
    void keepsAnEmptyFlagSetEmpty() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        long id = store.recordVersion(version(doc, T0, "text", Set.of()));
        assertThat(store.version(id).orElseThrow().flags()).isEmpty();
        assertThat(store.version(id).orElseThrow().captureIds()).isEmpty();
    }

    @Test
    void listsVersionsOldestFirstWithTheirLinks() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        long other = store.ensureDocument("Other", "Terms of Service");
        long capture = store.recordCapture(capture(Optional.of(doc), URL, T0, "c", false, "urn:uuid:c"));
        long late = store.recordVersion(
                new NewVersion(doc, T0.plusSeconds(200), "late", Sha256.of("late"), Set.of(), "x", List.of(capture)));
        long early = store.recordVersion(version(doc, T0, "early", Set.of(VersionFlag.IMPORTED)));
        store.recordVersion(version(other, T0, "elsewhere", Set.of()));

        List<VersionRow> versions = store.versions(doc);

        assertThat(versions).extracting(VersionRow::id).containsExactly(early, late);
        assertThat(versions.get(1).captureIds()).containsExactly(capture);
        assertThat(versions.get(0).flags()).containsExactly(VersionFlag.IMPORTED);
        assertThat(store.latestVersion(doc).orElseThrow().id()).isEqualTo(late);
        assertThat(store.versions(doc + other + 1000)).isEmpty();
        assertThat(store.latestVersion(doc + other + 1000)).isEmpty();
    }

    @Test
    void findsTheVersionInForceAtAnInstantToTheMillisecond() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        Instant t1 = T0.plusSeconds(3600);
        long v0 = store.recordVersion(version(doc, T0, "v0", Set.of()));
        long v1 = store.recordVersion(version(doc, t1, "v1", Set.of()));

        assertThat(store.versionAt(doc, T0.minusMillis(1))).isEmpty();
        assertThat(store.versionAt(doc, T0).orElseThrow().id()).isEqualTo(v0);
        assertThat(store.versionAt(doc, t1.minusMillis(1)).orElseThrow().id()).isEqualTo(v0);
        assertThat(store.versionAt(doc, t1).orElseThrow().id()).isEqualTo(v1);
        assertThat(store.versionAt(doc, Instant.parse("2100-01-01T00:00:00Z"))
                        .orElseThrow()
                        .id())
                .isEqualTo(v1);
        assertThat(store.versionAt(doc, t1).orElseThrow().capturedAt()).isEqualTo(t1);
    }

    @Test
    void refusesASecondVersionAtTheSameInstantAndRecordsNothingOfIt() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        store.recordVersion(version(doc, T0, "first", Set.of()));

        assertThatThrownBy(() -> store.recordVersion(version(doc, T0, "clash", Set.of())))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("record version of document " + doc);
        assertThat(store.versions(doc))
                .singleElement()
                .satisfies(v -> assertThat(v.sha256()).isEqualTo(Sha256.of("first")));
    }

    @Test
    void refusesAVersionLinkedToAnUnknownCapture() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        assertThatThrownBy(() -> store.recordVersion(
                        new NewVersion(doc, T0, "t", Sha256.of("t"), Set.of(), "x", List.of(987654L))))
                .isInstanceOf(StoreException.class);
        assertThat(store.versions(doc)).isEmpty();
    }

    @Test
    void importsAThousandVersionsInOneBatch() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        long capture = store.recordCapture(capture(Optional.of(doc), URL, T0, "c", false, "urn:uuid:c"));
        List<NewVersion> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String text = "# Terms\n\nrevision " + i + "\n";
            batch.add(new NewVersion(
                    doc,
                    T0.plus(Duration.ofHours(i)),
                    text,
                    Sha256.of(text),
                    Set.of(VersionFlag.IMPORTED),
                    "ota-import",
                    i % 2 == 0 ? List.of(capture) : List.of()));
        }

        List<Long> ids = store.recordVersions(batch);

        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
        List<VersionRow> versions = store.versions(doc);
        assertThat(versions).extracting(VersionRow::id).containsExactlyElementsOf(ids);
        assertThat(versions.get(998).captureIds()).containsExactly(capture);
        assertThat(versions.get(999).captureIds()).isEmpty();
        assertThat(store.markdown(ids.get(999))).isEqualTo("# Terms\n\nrevision 999\n");
        assertThat(versions).allSatisfy(v -> assertThat(v.flags()).containsExactly(VersionFlag.IMPORTED));
    }

    @Test
    void importsAllOrNothing() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        List<NewVersion> batch = List.of(
                version(doc, T0, "a", Set.of()),
                version(doc, T0.plusSeconds(1), "b", Set.of()),
                version(doc, T0, "duplicate instant", Set.of()));

        assertThatThrownBy(() -> store.recordVersions(batch))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("record 3 versions");
        assertThat(store.versions(doc)).isEmpty();
    }

    @Test
    void followsTheFailureStatusOfADocumentThroughItsLifecycle() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        assertThat(store.status(doc)).isEqualTo(new TrackingStatus(Optional.empty(), Optional.empty()));

        store.recordFailure(doc, Failure.of(FailureClass.TIMEOUT, "no answer from example.org in 30 s"), T0);
        store.recordFailure(
                doc,
                new Failure(FailureClass.RATE_LIMITED, "429 from example.org", Optional.of(Duration.ofSeconds(120))),
                T0.plusSeconds(60));

        TrackingStatus failing = store.status(doc);
        assertThat(failing.lastSuccessAt()).isEmpty();
        assertThat(failing.currentFailure())
                .contains(new TrackingStatus.CurrentFailure(
                        FailureClass.RATE_LIMITED, "429 from example.org", T0, T0.plusSeconds(60)));
        assertThat(store.failures(doc, 10))
                .extracting(f -> f.failure().failureClass())
                .containsExactly(FailureClass.RATE_LIMITED, FailureClass.TIMEOUT);
        assertThat(store.failures(doc, 1)).singleElement().satisfies(f -> {
            assertThat(f.failure().retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(f.failedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(f.documentId()).isEqualTo(doc);
        });

        store.recordSuccess(doc, T0.plusSeconds(120));
        assertThat(store.status(doc)).isEqualTo(new TrackingStatus(Optional.of(T0.plusSeconds(120)), Optional.empty()));

        store.recordFailure(doc, Failure.of(FailureClass.NOT_FOUND, "404"), T0.plusSeconds(180));
        assertThat(store.status(doc).currentFailure().orElseThrow().since()).isEqualTo(T0.plusSeconds(180));
        assertThat(store.status(doc).lastSuccessAt()).contains(T0.plusSeconds(120));

        store.recordVersion(version(doc, T0.plusSeconds(240), "back", Set.of()));
        assertThat(store.status(doc)).isEqualTo(new TrackingStatus(Optional.of(T0.plusSeconds(240)), Optional.empty()));
        assertThat(store.failures(doc, 10)).hasSize(3);
    }

    @Test
    void keepsTheVolatileLinesOfEachDocumentOnceEvenWhenTheyAreWholeParagraphs() {
        long terms = store.ensureDocument("Example", "Terms of Service");
        long privacy = store.ensureDocument("Example", "Privacy Policy");
        String footer = "Page generated on … (request id …)";
        String paragraph = "Read the [pricing page](https://example.org/pricing?token=…). ".repeat(200);

        store.recordVolatileLines(terms, List.of(footer), T0);
        store.recordVolatileLines(terms, List.of(paragraph, footer), T0.plusSeconds(60));
        store.recordVolatileLines(privacy, List.of(), T0);

        assertThat(store.volatileLines(terms)).containsExactly(footer, paragraph);
        assertThat(store.volatileLines(privacy)).isEmpty();
    }

    @Test
    void namesTheMissingVersionWhenItsTextIsAskedFor() {
        assertThatThrownBy(() -> store.markdown(424242))
                .isInstanceOf(StoreException.class)
                .hasMessage("version 424242 does not exist");
    }

    @Test
    void everyRecordedCaptureExtendsAnIntactCustodyChain() {
        store.recordCapture(capture(Optional.empty(), URL, T0, "a", false, "urn:uuid:c1"));
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(1), "b", false, "urn:uuid:c2"));
        CustodyReport two = store.verifyCustody();
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(2), "c", false, "urn:uuid:c3"));
        CustodyReport three = store.verifyCustody();
        assertThat(two.intact()).as(two.problems().toString()).isTrue();
        assertThat(three.intact()).as(three.problems().toString()).isTrue();
        assertThat(three.links()).isEqualTo(3);
        assertThat(three.head()).hasSize(64).isNotEqualTo(two.head());
    }

    @Test
    void readsTheStandingBeforeAPassAndRecordsAnUnchangedPassInOneGo() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        store.recordFailure(doc, Failure.of(FailureClass.TIMEOUT, "no answer"), T0);
        long first = store.recordCapture(capture(Optional.of(doc), URL, T0, "a", false, "urn:uuid:s1"));
        long version = store.recordVersion(version(doc, T0, "text", Set.of()));

        DocumentStanding before = store.standing(doc, List.of(URL, URL + "/never"));
        assertThat(before.latest()).contains(new DocumentStanding.LatestVersion(version, "extract-1"));
        assertThat(before.latestCapture(URL).orElseThrow().id()).isEqualTo(first);
        assertThat(before.latestCapture(URL + "/never")).isEmpty();

        store.recordFailure(doc, Failure.of(FailureClass.TIMEOUT, "no answer"), T0.plusSeconds(30));
        List<Long> ids = store.recordUnchanged(
                doc,
                List.of(capture(Optional.of(doc), URL, T0.plusSeconds(60), "a", true, "urn:uuid:s2")),
                T0.plusSeconds(61));

        assertThat(ids).singleElement().isNotEqualTo(first);
        assertThat(store.status(doc)).isEqualTo(new TrackingStatus(Optional.of(T0.plusSeconds(61)), Optional.empty()));
        assertThat(store.standing(doc, List.of(URL))
                        .latestCapture(URL)
                        .orElseThrow()
                        .id())
                .isEqualTo(ids.getFirst());
        CustodyReport custody = store.verifyCustody();
        assertThat(custody.intact()).as(custody.problems().toString()).isTrue();
        assertThat(custody.links()).isEqualTo(2);
        assertThat(store.ensureDocument("Example", "Terms of Service")).isEqualTo(doc);
    }

    @Test
    void keepsATimestampTokenWithItsLinkAndFindsTheOneCoveringAnEarlierLink() {
        long first = store.recordCapture(capture(Optional.empty(), URL, T0, "a", false, "urn:uuid:t1"));
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(1), "b", false, "urn:uuid:t2"));
        byte[] token = {0x30, 0x03, 0x02, 0x01, 0x07, (byte) 0xff};
        store.recordCustodyStampFailure(2, "http://tsa.test/", T0.plusSeconds(5), "HTTP 503");
        store.recordCustodyStamp(
                2,
                new NewCustodyStamp(
                        org.clausewatch.common.Bytes.of(token),
                        "http://tsa.test/",
                        T0.plusSeconds(9),
                        T0.plusSeconds(8)));

        CustodyStampRow covering = store.custodyStampCovering(1).orElseThrow();
        CustodyLinkRow link = store.custodyLinkOf(first).orElseThrow();

        assertThat(covering.link().seq()).isEqualTo(2);
        assertThat(covering.link().hash().hex()).isEqualTo(store.verifyCustody().head());
        assertThat(covering.token().toArray()).isEqualTo(token);
        assertThat(covering.stampedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(Sha256.of(link.entry())).isEqualTo(link.hash());
        assertThat(store.custodyLinks(1, 2))
                .extracting(CustodyLinkRow::previousHash)
                .containsExactly(new Sha256("0".repeat(64)), link.hash());
        assertThat(store.lastCustodyStampAttempt()).contains(T0.plusSeconds(8));
        assertThat(store.custodyStampFailures(5))
                .extracting(TimestampFailureRow::message)
                .containsExactly("HTTP 503");
        assertThat(store.custodyStampCovering(3)).isEmpty();
    }

    @Test
    void anIndexEntryEditedBehindTheStoresBackBreaksTheCustodyChain() {
        store.recordCapture(capture(Optional.empty(), URL, T0, "a", false, "urn:uuid:e1"));
        long edited = store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(1), "b", false, "urn:uuid:e2"));
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(2), "c", false, "urn:uuid:e3"));
        store.writes()
                .useHandle(handle -> handle.createUpdate("UPDATE captures SET payload_sha256 = :forged WHERE id = :id")
                        .bind("forged", Sha256.of("forged").hex())
                        .bind("id", edited)
                        .execute());
        CustodyReport report = store.verifyCustody();
        assertThat(report.intact()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .asString()
                .contains("custody link 2", "capture " + edited, "changed after it was recorded");
    }

    @Test
    void aDeletedLinkBreaksTheCustodyChain() {
        store.recordCapture(capture(Optional.empty(), URL, T0, "a", false, "urn:uuid:d1"));
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(1), "b", false, "urn:uuid:d2"));
        store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(2), "c", false, "urn:uuid:d3"));
        store.writes().useHandle(handle -> handle.execute("DELETE FROM custody_log WHERE seq = 2"));
        CustodyReport report = store.verifyCustody();
        assertThat(report.problems())
                .anySatisfy(p -> assertThat(p).contains("links 2 to 2 are missing"))
                .anySatisfy(p -> assertThat(p).contains("does not follow the link before it"))
                .anySatisfy(p -> assertThat(p).contains("2 links for 3 captures"));
    }

    @Test
    void capturesRecordedBeforeTheChainExistedAreLinkedInOrder() {
        long first = store.recordCapture(capture(Optional.empty(), URL, T0, "a", false, "urn:uuid:b1"));
        long second = store.recordCapture(capture(Optional.empty(), URL, T0.plusSeconds(1), "b", false, "urn:uuid:b2"));
        store.writes().useHandle(handle -> handle.execute("DELETE FROM custody_log"));
        assertThat(store.verifyCustody().intact()).isFalse();
        assertThat(store.chainUnlinkedCaptures()).isEqualTo(2);
        CustodyReport report = store.verifyCustody();
        assertThat(report.intact()).as(report.problems().toString()).isTrue();
        List<Long> order = store.writes()
                .withHandle(handle -> handle.createQuery("SELECT capture_id FROM custody_log ORDER BY seq")
                        .mapTo(Long.class)
                        .list());
        assertThat(order).containsExactly(first, second);
    }

    static NewCapture capture(Optional<Long> doc, String url, Instant at, String payload, boolean revisit, String id) {
        return new NewCapture(
                doc,
                url,
                at,
                200,
                "text/html",
                Sha256.of(payload),
                payload.length(),
                Optional.empty(),
                Optional.empty(),
                "f.warc.gz",
                0,
                100,
                id,
                revisit,
                false);
    }

    static NewVersion version(long doc, Instant at, String text, Set<VersionFlag> flags) {
        return new NewVersion(doc, at, text, Sha256.of(text), flags, "extract-1", List.of());
    }

    private static NewVersion plainVersion(long doc, Instant at, String text) {
        return new NewVersion(doc, at, text, Sha256.of(text), Set.of(), "1", List.of());
    }

    private static LineagedProvision provision(int position, String lineage, String text) {
        return new LineagedProvision(
                lineage,
                new Provision(
                        text.toLowerCase(Locale.ROOT),
                        List.of("1. Terms", "1.1 Use"),
                        position,
                        0,
                        text,
                        Optional.empty(),
                        Provision.Kind.PARAGRAPH));
    }

    private static ChangeRecord change(Significance significance, List<ChangeItem> items) {
        return new ChangeRecord(significance, Set.of(), "s", items);
    }

    @Test
    void recordsProvisionsAndAChangeWithTheirVersionAndReadsThemBack() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        long first = store.record(new VersionRecord(
                plainVersion(doc, T0, "a b"),
                List.of(provision(0, "L1", "We may use your content."), provision(1, "L2", "Be nice.")),
                List.of(),
                Optional.empty()));
        ChangeItem item = new ChangeItem(
                ChangeItem.Kind.MODIFIED,
                "L1",
                List.of("1. Terms"),
                Optional.of("We may use your content."),
                Optional.of("We may use your content to train models."),
                List.of(
                        new Redline(Redline.Op.EQUAL, "We may use your content"),
                        new Redline(Redline.Op.INSERT, "to train models")),
                Significance.SUBSTANTIVE,
                "wording",
                "modified in '1. Terms'");
        ItemMeaning meaning = new ItemMeaning(
                List.of("J1"),
                Optional.of(Severity.HIGH),
                Optional.of(new ChangeAnalysis(
                        List.of(new AttributeDelta(
                                "training.use", List.of(), List.of("uses"), "now trains on your content")),
                        Optional.empty(),
                        Optional.of(Severity.HIGH),
                        "now trains on your content; severity: high")));
        long second = store.record(new VersionRecord(
                plainVersion(doc, T0.plusSeconds(60), "a b c"),
                List.of(provision(0, "L1", "We may use your content to train models."), provision(1, "L2", "Be nice.")),
                List.of(new LineageRelation(LineageRelation.Kind.SPLIT, "L2", "L3")),
                Optional.of(new ExplainedChange(
                        new ChangeRecord(
                                Significance.SUBSTANTIVE,
                                Set.of(ChangeRecord.Flag.IMPORTED),
                                "1 provision modified",
                                List.of(item)),
                        List.of(meaning),
                        List.of("D1", "J1"),
                        Optional.of(Severity.HIGH)))));

        assertThat(store.provisions(second))
                .extracting(ProvisionRow::lineageId, ProvisionRow::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("L1", "We may use your content to train models."),
                        org.assertj.core.groups.Tuple.tuple("L2", "Be nice."));
        assertThat(store.provisions(first).get(0).path()).containsExactly("1. Terms", "1.1 Use");
        assertThat(store.provisionHistory(doc, "L1"))
                .extracting(ProvisionRow::versionId)
                .containsExactly(first, second);
        assertThat(store.relations(second))
                .containsExactly(new LineageRelation(LineageRelation.Kind.SPLIT, "L2", "L3"));

        List<ChangeRow> changes = store.changes(Optional.of(doc), Optional.empty());
        assertThat(changes).hasSize(1);
        ChangeRow change = changes.get(0);
        assertThat(change.fromVersionId()).isEqualTo(first);
        assertThat(change.toVersionId()).isEqualTo(second);
        assertThat(change.fromCapturedAt()).isEqualTo(T0);
        assertThat(change.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(change.flags()).containsExactly(ChangeRecord.Flag.IMPORTED);
        assertThat(change.items()).containsExactly(ChangeItemRow.of(item, meaning));
        assertThat(change.items()
                        .getFirst()
                        .attributeChanges()
                        .orElseThrow()
                        .deltas()
                        .getFirst()
                        .after())
                .containsExactly("uses");
        assertThat(change.topics()).containsExactly("D1", "J1");
        assertThat(change.severity()).contains(Severity.HIGH);
        assertThat(change.items().getFirst().redline())
                .containsExactly(
                        new Redline(Redline.Op.EQUAL, "We may use your content"),
                        new Redline(Redline.Op.INSERT, "to train models"));
        assertThat(store.changeInto(second)).contains(change);
        assertThat(store.changeInto(first)).isEmpty();
        assertThat(store.changes(Optional.empty(), Optional.of(T0.plusSeconds(61))))
                .isEmpty();
    }

    @Test
    void refusesAChangeForAFirstVersionAndKeepsNothingOfIt() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        VersionRecord record = new VersionRecord(
                plainVersion(doc, T0, "a"),
                List.of(provision(0, "L1", "x")),
                List.of(),
                Optional.of(ExplainedChange.unread(change(Significance.MINOR, List.of()))));
        assertThatThrownBy(() -> store.record(record))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("first version");
        assertThat(store.versions(doc)).isEmpty();
    }

    @Test
    void recordsABatchWhoseChangesReferToVersionsOfTheSameBatch() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        List<Long> ids = store.recordAll(List.of(
                new VersionRecord(
                        plainVersion(doc, T0, "a"), List.of(provision(0, "L1", "one")), List.of(), Optional.empty()),
                new VersionRecord(
                        plainVersion(doc, T0.plusSeconds(1), "b"),
                        List.of(provision(0, "L1", "two")),
                        List.of(),
                        Optional.of(ExplainedChange.unread(change(Significance.SUBSTANTIVE, List.of()))))));
        assertThat(store.changeInto(ids.get(1)).orElseThrow().fromVersionId()).isEqualTo(ids.get(0));
    }

    @Test
    void readsADocumentsStateInOneGoWithItsLatestVersionTextProvisionsAndRecentDigests() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        DocumentRow row = new DocumentRow(doc, "Example", "Terms of Service");
        assertThat(store.state(row, 2)).isEqualTo(new DocumentState(row, TrackingStatus.never(), Optional.empty()));

        store.recordVersion(plainVersion(doc, T0, "one"));
        store.recordVersion(plainVersion(doc, T0.plusSeconds(1), "two"));
        long latest = store.record(new VersionRecord(
                plainVersion(doc, T0.plusSeconds(2), "three"),
                List.of(provision(0, "L1", "Be nice.")),
                List.of(),
                Optional.empty()));
        store.recordFailure(doc, Failure.of(FailureClass.TIMEOUT, "no answer"), T0.plusSeconds(3));

        DocumentState state = store.state(row, 2);

        assertThat(state.status().currentFailure()).isPresent();
        DocumentState.Latest last = state.latest().orElseThrow();
        assertThat(last.version()).isEqualTo(store.version(latest).orElseThrow());
        assertThat(last.markdown()).isEqualTo("three");
        assertThat(last.provisions()).containsExactly(provision(0, "L1", "Be nice."));
        assertThat(last.recentVersions()).containsExactly(Sha256.of("two"), Sha256.of("three"));
    }

    @Test
    void readsTheVersionsBeforeTheLatestWithTheirProvisionsLineagesByKey() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        for (int i = 0; i < 4; i++) {
            store.record(new VersionRecord(
                    plainVersion(doc, T0.plusSeconds(i), "v" + i),
                    List.of(provision(0, "L1", "Be nice."), provision(1, "L" + (i + 2), "Clause " + i + ".")),
                    List.of(),
                    Optional.empty()));
        }

        List<EarlierVersion> earlier = store.earlierVersions(doc, 2);

        assertThat(earlier).extracting(EarlierVersion::at).containsExactly(T0.plusSeconds(1), T0.plusSeconds(2));
        assertThat(earlier.getFirst().lineageByKey())
                .containsOnly(Map.entry("be nice.", "L1"), Map.entry("clause 1.", "L3"));
        assertThat(store.earlierVersions(store.ensureDocument("Example", "Privacy Policy"), 2))
                .isEmpty();
    }

    @Test
    void namesAStoredLabelItDoesNotKnow() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        long id = store.recordVersion(plainVersion(doc, T0, "one"));
        store.writes()
                .useHandle(handle -> handle.execute("UPDATE versions SET flags = 'imported,shiny' WHERE id = ?", id));

        assertThatThrownBy(() -> store.version(id))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'shiny'")
                .hasMessageContaining("flags");
    }
}
