package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.analysis.Label;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Redline;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Sha256;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ExplainedChange;
import org.clausewatch.reading.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browsing queries and full-text search every dialect must answer alike; one subclass per dialect. */
abstract class BrowsingContract {
    static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2025-01-01T00:00:00Z");
    static final String READER = "test-reader";

    Database database;
    Store store;
    Browsing browsing;
    long document;

    abstract Database openDatabase() throws Exception;

    @BeforeEach
    void fill() throws Exception {
        database = openDatabase();
        store = database.store();
        browsing = store.browsing();
        document = store.ensureDocument("Example", "Terms of Service");
        store.ensureDocument("Other", "Privacy Policy");
        store.record(version(T1, "We never train models on your data.", Optional.empty()));
        ChangeItem item = new ChangeItem(
                ChangeItem.Kind.MODIFIED,
                "L-1",
                List.of("Training"),
                Optional.of("We never train models on your data."),
                Optional.of("We may train models on your conversations."),
                List.of(new Redline(Redline.Op.EQUAL, "We"), new Redline(Redline.Op.INSERT, "may")),
                Significance.SUBSTANTIVE,
                "wording",
                "training changed");
        store.record(version(
                T2,
                "We may train models on your conversations.",
                Optional.of(ExplainedChange.unread(
                        new ChangeRecord(Significance.SUBSTANTIVE, Set.of(), "training changed", List.of(item))))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<SearchHit> search(
            String words,
            Optional<String> service,
            Optional<String> topic,
            Optional<Severity> severity,
            Optional<Instant> from) {
        return browsing.search(
                new SearchQuery(words, service, Optional.empty(), topic, severity, from, Optional.empty(), 10, 0),
                READER);
    }

    /** A search by words and in-force dates only. */
    private static SearchQuery words(
            String words, Optional<Instant> from, Optional<Instant> to, int limit, int offset) {
        return new SearchQuery(
                words, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), from, to, limit, offset);
    }

    private static Map.Entry<String, Reading> reading(String key, String topic, Severity severity) {
        return Map.entry(
                key,
                new Reading(
                        List.of(new Label(topic, 0.9, List.of())),
                        List.of(),
                        Optional.of(severity),
                        0.9,
                        true,
                        "test rule"));
    }

    private static NewReadings readings(List<Map.Entry<String, Reading>> readings) {
        return new NewReadings(READER, Map.ofEntries(readings.toArray(Map.Entry[]::new)));
    }

    private static LineagedProvision provision(int position, String lineage, String path, String text) {
        return new LineagedProvision(
                lineage,
                new Provision(text, List.of(path), position, 0, text, Optional.empty(), Provision.Kind.PARAGRAPH));
    }

    private VersionRecord version(Instant at, String text, Optional<ExplainedChange> change) {
        String markdown = "# Terms\n\n" + text + "\n";
        return new VersionRecord(
                new NewVersion(document, at, markdown, Sha256.of(markdown), Set.of(), "test", List.of()),
                List.of(provision(0, "L-1", "Training", text)),
                List.of(),
                change);
    }

    @Test
    void searchFindsCurrentAndPastWordingsWithMarkedMatches() {
        List<SearchHit> hits = browsing.search(SearchQuery.of("train models", 10), READER);
        assertThat(hits).hasSize(2);
        assertThat(hits).extracting(SearchHit::lineageId).containsOnly("L-1");
        assertThat(hits).extracting(SearchHit::current).containsExactlyInAnyOrder(true, false);
        SearchHit past = hits.stream().filter(h -> !h.current()).findFirst().orElseThrow();
        assertThat(past.excerpt()).contains(SearchHit.MARK_START + "train" + SearchHit.MARK_END);
        assertThat(past.lastSeenAt()).isEqualTo(T1);
    }

    @Test
    void searchFiltersByServiceTypeAndDateAndIgnoresQuerySyntax() {
        assertThat(search("conversations", Optional.of("Other"), Optional.empty(), Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThat(browsing.search(
                        new SearchQuery(
                                "train",
                                Optional.empty(),
                                Optional.of("Terms of Service"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(T2),
                                Optional.empty(),
                                10,
                                0),
                        READER))
                .extracting(SearchHit::current)
                .containsExactly(true);
        assertThat(browsing.search(SearchQuery.of("\"train\" ( * : -", 10), READER))
                .hasSize(2);
        assertThat(browsing.search(SearchQuery.of("\"()*", 10), READER)).isEmpty();
    }

    @Test
    void searchFiltersByTheTopicAndSeverityReadInTheWording() {
        store.recordReadings(readings(List.of(
                reading("We never train models on your data.", "D1", Severity.LOW),
                reading("We may train models on your conversations.", "D1", Severity.HIGH))));
        assertThat(search("train", Optional.empty(), Optional.of("D1"), Optional.empty(), Optional.empty()))
                .extracting(SearchHit::current)
                .containsExactlyInAnyOrder(true, false);
        assertThat(search("train", Optional.empty(), Optional.of("D1"), Optional.of(Severity.HIGH), Optional.empty()))
                .extracting(SearchHit::current)
                .containsExactly(true);
        assertThat(search("train", Optional.empty(), Optional.empty(), Optional.of(Severity.LOW), Optional.empty()))
                .extracting(SearchHit::current)
                .containsExactly(false);
        assertThat(search("train", Optional.empty(), Optional.of("A1"), Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThat(browsing.search(
                        new SearchQuery(
                                "train",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("D1"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                10,
                                0),
                        "another-reader"))
                .as("readings of another reader version do not count")
                .isEmpty();
    }

    @Test
    void gradedCurrentProvisionsComeFromTheLatestVersionOnlyAndAtTheAskedSeverities() {
        store.recordReadings(readings(List.of(
                reading("We never train models on your data.", "D1", Severity.HIGH),
                reading("We may train models on your conversations.", "D1", Severity.MEDIUM))));
        assertThat(store.currentProvisionsGraded("Example", READER, Set.of(Severity.MEDIUM, Severity.HIGH)))
                .as("the earlier version's wording is graded high but no longer current")
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.termsType()).isEqualTo("Terms of Service");
                    assertThat(row.provision().text()).isEqualTo("We may train models on your conversations.");
                    assertThat(row.severity()).isEqualTo(Severity.MEDIUM);
                });
        assertThat(store.currentProvisionsGraded("Example", READER, Set.of(Severity.HIGH)))
                .isEmpty();
        assertThat(store.currentProvisionsGraded("Other", READER, Set.of(Severity.MEDIUM)))
                .isEmpty();
        assertThat(store.currentProvisionsGraded("Example", "another-reader", Set.of(Severity.MEDIUM)))
                .isEmpty();
    }

    @Test
    void aTopicIsFirstStatedInTheEarliestVersionHoldingAProvisionReadAsBeingOnIt() {
        store.recordReadings(
                readings(List.of(reading("We may train models on your conversations.", "F1", Severity.HIGH))));
        assertThat(store.firstStatedOn("F1", READER)).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("Example");
            assertThat(row.termsType()).isEqualTo("Terms of Service");
            assertThat(row.capturedAt()).isEqualTo(T2);
            assertThat(row.versionId())
                    .isEqualTo(store.latestVersion(document).orElseThrow().id());
            assertThat(row.firstRecorded()).isFalse();
        });

        store.recordReadings(readings(List.of(reading("We never train models on your data.", "F1", Severity.LOW))));

        assertThat(store.firstStatedOn("F1", READER)).singleElement().satisfies(row -> {
            assertThat(row.capturedAt()).isEqualTo(T1);
            assertThat(row.firstRecorded()).isTrue();
        });
        assertThat(store.firstStatedOn("D1", READER)).isEmpty();
        assertThat(store.firstStatedOn("F1", "another-reader")).isEmpty();
    }

    @Test
    void readingsRecordedApartFromAVersionMoveTheContentStampThatPagesAreCachedBy() {
        ContentStamp before = store.contentStamp();
        assertThat(store.contentStamp()).isEqualTo(before);
        store.recordReadings(
                readings(List.of(reading("We may train models on your conversations.", "F1", Severity.HIGH))));
        ContentStamp after = store.contentStamp();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.latestReadingBatch()).isGreaterThan(before.latestReadingBatch());
        assertThat(after.latestVersionId()).isEqualTo(before.latestVersionId());
    }

    @Test
    void searchDateRangeFindsTheVersionInForceThoughCapturedBeforeTheRange() {
        Instant midway = T1.plus(java.time.Duration.ofDays(100));
        List<SearchHit> hits = browsing.search(
                words("train", Optional.of(midway), Optional.of(midway.plus(java.time.Duration.ofDays(1))), 10, 0),
                READER);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.current()).isFalse();
            assertThat(hit.excerpt()).contains("never");
        });
        assertThat(search("train", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(T2)))
                .as("from the second version's capture on, only it is in force")
                .extracting(SearchHit::current)
                .containsExactly(true);
    }

    @Test
    void searchPagesAreConsecutiveSlicesOfTheWholeRanking() {
        long other = store.ensureDocument("Paged", "Terms of Service");
        List<LineagedProvision> provisions = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String text = "Clause " + i + ": we train " + "and train ".repeat(i) + "systems.";
            provisions.add(provision(i, "P-" + i, "Paged", text));
        }
        String markdown = "# Paged\n";
        store.record(new VersionRecord(
                new NewVersion(other, T2, markdown, Sha256.of(markdown), Set.of(), "test", List.of()),
                provisions,
                List.of(),
                Optional.empty()));
        List<String> whole = browsing.search(SearchQuery.of("train", 20), READER).stream()
                .map(SearchHit::lineageId)
                .toList();
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 3) {
            browsing.search(words("train", Optional.empty(), Optional.empty(), 3, offset), READER)
                    .forEach(hit -> paged.add(hit.lineageId()));
        }
        assertThat(whole).hasSize(9).contains("L-1", "P-0", "P-6");
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void listsServicesDocumentsChangesAndLineages() {
        assertThat(browsing.services())
                .extracting(Browsing.ServiceSummary::service)
                .containsExactly("Example", "Other");
        store.ensureDocument("Other", "Terms of Service");
        assertThat(store.watchedServices()).as("services, not documents").isEqualTo(2);
        Browsing.DocumentSummary summary =
                browsing.documents(Optional.of("Example")).get(0);
        assertThat(summary.versions()).isEqualTo(2);
        assertThat(summary.changes()).isEqualTo(1);
        Browsing.ChangeQuery substantive = new Browsing.ChangeQuery(
                Optional.of("Example"),
                Optional.empty(),
                List.of(Significance.SUBSTANTIVE),
                Optional.of(T2),
                Optional.empty(),
                10,
                0);
        assertThat(browsing.countChanges(substantive)).isEqualTo(1);
        Browsing.ChangeSummary change = browsing.changes(substantive).get(0);
        assertThat(change.items()).isEqualTo(1);
        assertThat(browsing.change(change.change().id()).orElseThrow().items()).hasSize(1);
        assertThat(browsing.lineage("L-1"))
                .extracting(Browsing.ProvisionOccurrence::versionCapturedAt)
                .containsExactly(T1, T2);
        assertThat(browsing.lineageChanges("L-1"))
                .extracting(c -> c.item().summary())
                .containsExactly("training changed");
    }
}
