package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.version.Origin;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A change's meaning on the change page, in {@code GET /api/v1/changes/{id}} and in change lists: the summary that
 * leads with what changed in a provision's reading, topics by name, severity, each item's attribute changes, and why a
 * change that is not one of the terms was not alerted. Real SQLite filled through the real pipeline, real HTTP.
 */
class WebChangeMeaningTest {
    @TempDir
    Path dir;

    private SiteFixture site;

    @BeforeEach
    void open() {
        site = new SiteFixture(dir);
    }

    @AfterEach
    void close() {
        site.close();
    }

    /** The change recorded into the version of {@code document} captured at {@code at}. */
    private long changeAt(DocumentRow document, String at) {
        long version = site.database.store().versions(document.id()).stream()
                .filter(v -> v.capturedAt().equals(Instant.parse(at)))
                .findFirst()
                .orElseThrow()
                .id();
        return site.database.store().changeInto(version).orElseThrow().id();
    }

    private Document page(String path) throws Exception {
        return site.page(path);
    }

    private JsonNode json(String path) throws Exception {
        return site.json(path);
    }

    static final String LICENCE =
            "licence recipient: the provider removed; licence no longer covers user content; licence to user content no longer covers operating the service";
    static final String TRAINING = "training on your content: now by default; was: not stated";

    @Test
    void changePageLeadsWithWhatChangedInMeaningAndShowsEachItemsAttributeChanges() throws Exception {
        long id = changeAt(site.document, "2024-06-01T00:00:00Z");
        Document page = page("/changes/" + id);

        assertThat(page.select("p.lead").text())
                .contains("1. Your content: " + LICENCE + "; " + TRAINING
                        + "; severity rose from low to high; also 2 provisions" + " added, 1 removed; substantive");
        assertThat(page.select("p.lead + p.meta .badge.sev-high").text()).isEqualTo("severity: high");
        assertThat(page.select("p.lead + p.meta .badge.topic").eachText())
                .contains("F1 Training on user content", "C3 Arbitration and class-action waiver");
        var modified = page.select("li.item.modified").first();
        assertThat(modified.select("ul.deltas li").eachText())
                .startsWith("licence recipient: the provider removed")
                .endsWith(TRAINING, "severity: low → high");
        assertThat(modified.select(".badge.topic").eachText()).containsExactly("Training on user content");
        assertThat(modified.select(".badge.sev-high").text()).isEqualTo("severity: high");
        assertThat(page.select("li.item.removed ul.deltas"))
                .as("only a modified provision has a delta")
                .isEmpty();
        assertThat(page.select("p.not-alerted"))
                .as("a change of the terms is alerted")
                .isEmpty();
    }

    @Test
    void changeApiCarriesTheSummaryTopicsByNameSeverityAndAttributeChanges() throws Exception {
        JsonNode change = json("/api/v1/changes/" + changeAt(site.document, "2024-06-01T00:00:00Z"));

        assertThat(change.get("summary").asString()).startsWith("1. Your content: " + LICENCE + "; " + TRAINING + ";");
        assertThat(change.get("severity").asString()).isEqualTo("high");
        assertThat(change.get("topics").toString()).isEqualTo("[\"A2\",\"A3\",\"C3\",\"D1\",\"F1\"]");
        assertThat(change.get("topicNames").get(4).asString()).isEqualTo("Training on user content");
        assertThat(change.has("notAlerted")).isFalse();
        JsonNode modified = change.get("items").get(0);
        assertThat(modified.get("kind").asString()).isEqualTo("modified");
        assertThat(modified.get("topicNames").toString()).isEqualTo("[\"Training on user content\"]");
        assertThat(modified.get("severity").asString()).isEqualTo("high");
        JsonNode deltas = modified.get("attributeChanges").get("deltas");
        JsonNode delta = deltas.get(deltas.size() - 1);
        assertThat(delta.get("attribute").asString()).isEqualTo("training.use");
        assertThat(delta.get("before").toString()).isEqualTo("[]");
        assertThat(delta.get("after").toString()).isEqualTo("[\"uses\"]");
        assertThat(delta.get("sentence").asString()).isEqualTo(TRAINING);
        assertThat(modified.get("attributeChanges").get("severityAfter").asString())
                .isEqualTo("high");
        assertThat(change.get("items").get(1).has("attributeChanges")).isFalse();
    }

    @Test
    void changeListsNameTheTopicsAndSayWhichChangesWereNotAlerted() throws Exception {
        DocumentRow upgraded = site.add("Upgrade Co", "Terms of Use", "2025-01-01T00:00:00Z", SiteFixture.V1);
        site.add("Upgrade Co", "Terms of Use", "2025-02-01T00:00:00Z", SiteFixture.V2, new Origin.Tracked(true, false));

        var listed = page("/services/example-service").select("li.change");
        assertThat(listed.select(".badge.topic").eachText())
                .contains("Training on user content")
                .doesNotContain("F1");
        assertThat(listed.select(".badge.flag").eachText()).doesNotContain("not alerted");
        var upgrade = page("/services/upgrade-co").select("li.change").first();
        assertThat(upgrade.select(".badge.flag").eachText()).contains("technical-upgrade", "not alerted");
        assertThat(upgrade.select(".badge.sig-substantive"))
                .as("its real significance is kept")
                .isNotEmpty();
        String feed = Http.get(site.base() + "/feeds/services/upgrade-co/changes.atom")
                .body();
        assertThat(feed)
                .contains("1. Your content: " + LICENCE + "; " + TRAINING)
                .contains("Topics: Unilateral change of terms, Change notice and user involvement, Arbitration and"
                        + " class-action waiver, Licence to user content, Training on user content.")
                .contains("Severity: high.")
                .contains("Recorded when the extractor was upgraded, not because the document changed; not alerted.");
        assertThat(json("/api/v1/changes?service=Upgrade+Co")
                        .get("changes")
                        .get(0)
                        .get("topicNames")
                        .toString())
                .contains("Training on user content");
    }

    @Test
    void aTechnicalUpgradeOrImportKeepsItsSignificanceAndTheChangePageSaysWhyItWasNotAlerted() throws Exception {
        DocumentRow upgraded = site.add("Upgrade Co", "Terms of Use", "2025-01-01T00:00:00Z", SiteFixture.V1);
        site.add("Upgrade Co", "Terms of Use", "2025-02-01T00:00:00Z", SiteFixture.V2, new Origin.Tracked(true, false));
        DocumentRow imported = site.add(
                "Archive Co", "Terms of Use", "2020-01-01T00:00:00Z", SiteFixture.V1, new Origin.Imported(false));
        site.add("Archive Co", "Terms of Use", "2020-02-01T00:00:00Z", SiteFixture.V2, new Origin.Imported(false));

        long upgrade = changeAt(upgraded, "2025-02-01T00:00:00Z");
        Document page = page("/changes/" + upgrade);
        assertThat(page.select("p.not-alerted").text())
                .isEqualTo("Recorded when the extractor was upgraded, not because the document changed; not alerted.");
        assertThat(page.select("p.lead .badge.sig-substantive").text()).isEqualTo("substantive");
        assertThat(page.select("ul.deltas li").eachText()).contains(TRAINING);
        JsonNode change = json("/api/v1/changes/" + upgrade);
        assertThat(change.get("significance").asString()).isEqualTo("substantive");
        assertThat(change.get("flags").toString()).contains("technical-upgrade");
        assertThat(change.get("notAlerted").asString()).startsWith("Recorded when the extractor was upgraded");

        long archived = changeAt(imported, "2020-02-01T00:00:00Z");
        assertThat(page("/changes/" + archived).select("p.not-alerted").text())
                .isEqualTo("Imported from an archive; not alerted.");
        assertThat(json("/api/v1/changes/" + archived).get("notAlerted").asString())
                .isEqualTo("Imported from an archive; not alerted.");
    }
}
