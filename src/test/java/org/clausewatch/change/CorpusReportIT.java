package org.clausewatch.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausewatch.provision.Histories;
import org.junit.jupiter.api.Test;

/**
 * Replays every history of the shared corpus and prints what ClauseWatch makes of it: versions per document, changes
 * by significance, oscillations. The same figures are in docs/changes.md.
 */
class CorpusReportIT {

    @Test
    void reportsEveryHistoryOfTheCorpus() {
        List<Path> documents = Histories.documents();
        Map<Significance, Integer> bySignificance = new EnumMap<>(Significance.class);
        List<String> rows = new ArrayList<>();
        int versions = 0;
        int changes = 0;
        int oscillations = 0;
        long started = System.nanoTime();
        for (Path document : documents) {
            List<Replay.Step> steps = Replay.of(document);
            Map<Significance, Integer> here = new EnumMap<>(Significance.class);
            int flipped = 0;
            for (Replay.Step step : steps) {
                here.merge(step.record().significance(), 1, Integer::sum);
                bySignificance.merge(step.record().significance(), 1, Integer::sum);
                if (step.record().flags().contains(ChangeRecord.Flag.OSCILLATION)) {
                    flipped++;
                }
            }
            versions += steps.size() + 1;
            changes += steps.size();
            oscillations += flipped;
            rows.add(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %d |",
                    document.getParent().getFileName() + " / " + document.getFileName(),
                    steps.size() + 1,
                    here.getOrDefault(Significance.SUBSTANTIVE, 0),
                    here.getOrDefault(Significance.MINOR, 0),
                    here.getOrDefault(Significance.COSMETIC, 0),
                    flipped));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("| document | versions | substantive | minor | cosmetic | oscillations |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%n%d documents, %d versions, %d changes in %d ms%n",
                documents.size(),
                versions,
                changes,
                millis);
        for (Significance significance : Significance.values()) {
            int count = bySignificance.getOrDefault(significance, 0);
            System.out.printf(Locale.ROOT, "%s: %d (%.1f%%)%n", significance, count, 100.0 * count / changes);
        }
        System.out.println("oscillations: " + oscillations);

        assertThat(versions).isGreaterThan(documents.size());
        assertThat(bySignificance).containsKeys(Significance.SUBSTANTIVE, Significance.MINOR, Significance.COSMETIC);
        assertThat(oscillations).isPositive();
    }
}
