package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browsing queries and full-text search every dialect must answer alike; one subclass per dialect. */
abstract class BrowsingContract {
    static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2025-01-01T00:00:00Z");

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
        ChangeItemRow item = new ChangeItemRow(
                "modified",
                "L-1",
                List.of("Training"),
                Optional.of("We never train models on your data."),
                Optional.of("We may train models on your conversations."),
                List.of(new RedlineRun("equal", "We"), new RedlineRun("insert", "may")),
                "substantive",
                "training changed");
        store.record(version(
                T2,
                "We may train models on your conversations.",
                Optional.of(new NewChange("substantive", Set.of(), "training changed", List.of(item)))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private VersionRecord version(Instant at, String text, Optional<NewChange> change) {
        String markdown = "# Terms\n\n" + text + "\n";
        return new VersionRecord(
                new NewVersion(document, at, markdown, Sha256.of(markdown), Set.of(), "test", List.of()),
                List.of(new NewProvision(0, "L-1", 0, "paragraph", List.of("Training"), Optional.empty(), text, text)),
                List.of(),
                change);
    }

    @Test
    void searchFindsCurrentAndPastWordingsWithMarkedMatches() {
        List<SearchHit> hits = browsing.search(SearchQuery.of("train models", 10));
        assertThat(hits).hasSize(2);
        assertThat(hits).extracting(SearchHit::lineageId).containsOnly("L-1");
        assertThat(hits).extracting(SearchHit::current).containsExactlyInAnyOrder(true, false);
        SearchHit past = hits.stream().filter(h -> !h.current()).findFirst().orElseThrow();
        assertThat(past.excerpt()).contains(SearchHit.MARK_START + "train" + SearchHit.MARK_END);
        assertThat(past.lastSeenAt()).isEqualTo(T1);
    }

    @Test
    void searchFiltersByServiceTypeAndDateAndIgnoresQuerySyntax() {
        assertThat(browsing.search(new SearchQuery(
                        "conversations",
                        Optional.of("Other"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        10,
                        0)))
                .isEmpty();
        assertThat(browsing.search(new SearchQuery(
                        "train",
                        Optional.empty(),
                        Optional.of("Terms of Service"),
                        Optional.of(T2),
                        Optional.empty(),
                        10,
                        0)))
                .extracting(SearchHit::current)
                .containsExactly(true);
        assertThat(browsing.search(SearchQuery.of("\"train\" ( * : -", 10))).hasSize(2);
        assertThat(browsing.search(SearchQuery.of("\"()*", 10))).isEmpty();
    }

    @Test
    void listsServicesDocumentsChangesAndLineages() {
        assertThat(browsing.services())
                .extracting(Browsing.ServiceSummary::service)
                .containsExactly("Example", "Other");
        Browsing.DocumentSummary summary =
                browsing.documents(Optional.of("Example")).get(0);
        assertThat(summary.versions()).isEqualTo(2);
        assertThat(summary.changes()).isEqualTo(1);
        Browsing.ChangeQuery substantive = new Browsing.ChangeQuery(
                Optional.of("Example"),
                Optional.empty(),
                List.of("substantive"),
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
