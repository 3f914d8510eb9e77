package org.clausewatch.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.clausewatch.provision.Histories;
import org.junit.jupiter.api.Test;

/**
 * The four measures of issue 17 over every history of the shared corpus (skipped when it is absent), each history
 * imported in memory as {@code import-ota} imports it ({@link ImportReplay}) and measured pair of captures by pair of
 * captures ({@link ChangeMeasures}): changes of at least five content words recorded as substantive, link- or
 * format-only changes kept non-substantive, flip-backs flagged or not substantive, small changes located at the
 * provisions that changed. Writes the table per document to {@code target/change-measures.md} and every miss to
 * {@code target/change-measures-misses.txt}; the figures are in docs/changes.md.
 */
class ChangeMeasuresIT {
    private static final Path TABLE = Path.of("target/change-measures.md");
    private static final Path MISSES = Path.of("target/change-measures-misses.txt");

    /** Passes and cases of one measure. */
    static final class Tally {
        int passed;
        int cases;

        void count(boolean pass) {
            cases++;
            passed += pass ? 1 : 0;
        }

        void add(Tally other) {
            passed += other.passed;
            cases += other.cases;
        }

        double percent() {
            return cases == 0 ? 100.0 : 100.0 * passed / cases;
        }

        String cell() {
            return cases == 0 ? "–" : String.format(Locale.ROOT, "%d/%d", passed, cases);
        }
    }

    /** The measures of one document. */
    static final class Measures {
        final Tally substantive = new Tally();
        final Tally formOnly = new Tally();
        final Tally flipBacks = new Tally();
        final Tally located = new Tally();
        int pairs;

        void add(Measures other) {
            substantive.add(other.substantive);
            formOnly.add(other.formOnly);
            flipBacks.add(other.flipBacks);
            located.add(other.located);
            pairs += other.pairs;
        }
    }

    @Test
    void measuresEveryHistoryOfTheSharedCorpus() throws IOException {
        List<Path> documents = Histories.documents();
        Set<String> nonDocuments = nonDocuments();
        Map<String, Measures> perDocument = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        Measures total = new Measures();
        long started = System.nanoTime();
        for (ServiceRun run : measuredSideBySide(documents, nonDocuments)) {
            run.perDocument.forEach((document, here) -> {
                perDocument.put(document, here);
                total.add(here);
            });
            misses.addAll(run.misses);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String table = table(perDocument, total);
        Files.createDirectories(TABLE.getParent());
        Files.writeString(TABLE, table);
        Files.write(MISSES, misses);
        System.out.println(table);
        System.out.printf(Locale.ROOT, "%d documents measured in %d ms%n", perDocument.size(), millis);

        assertThat(total.substantive.cases).isGreaterThan(500);
        assertThat(total.formOnly.cases).isGreaterThan(300);
        assertThat(total.flipBacks.cases).isGreaterThan(100);
        assertThat(total.located.cases).isGreaterThan(300);
    }

    /**
     * Every service replayed and measured on every core, the largest first so that no core is left with a large one
     * at the end; the runs are returned in corpus order, so the table and the misses read the same as one by one.
     * Services share nothing: each run has its own replay and measures, as the importer imports services side by side.
     */
    private static List<ServiceRun> measuredSideBySide(List<Path> documents, Set<String> nonDocuments)
            throws IOException {
        List<Path> services = documents.stream().map(Path::getParent).distinct().toList();
        Map<Path, Long> sizes = new HashMap<>();
        for (Path service : services) {
            sizes.put(service, size(service));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(cores, services.size())))) {
            Map<Path, Future<ServiceRun>> runs = new HashMap<>();
            services.stream()
                    .sorted(Comparator.comparing(sizes::get, Comparator.reverseOrder()))
                    .forEach(service -> runs.put(
                            service, pool.submit(() -> new ServiceRun(nonDocuments).measure(service, documents))));
            List<ServiceRun> measured = new ArrayList<>();
            for (Path service : services) {
                measured.add(runs.get(service).get());
            }
            return measured;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("measuring a service failed", e.getCause());
        }
    }

    private static long size(Path service) throws IOException {
        try (Stream<Path> files = Files.walk(service)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(ChangeMeasuresIT::bytes)
                    .sum();
        }
    }

    private static long bytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The measures of one service's documents and its misses, made apart from every other service's. */
    private static final class ServiceRun {
        private final ChangeMeasures measures = new ChangeMeasures();
        private final Set<String> nonDocuments;
        private final Map<String, Measures> perDocument = new LinkedHashMap<>();
        private final List<String> misses = new ArrayList<>();

        ServiceRun(Set<String> nonDocuments) {
            this.nonDocuments = nonDocuments;
        }

        ServiceRun measure(Path service, List<Path> documents) {
            ImportReplay.service(service, documents)
                    .forEach(
                            (document, captures) -> perDocument.put(name(document), measure(name(document), captures)));
            return this;
        }

        private Measures measure(String document, List<ImportReplay.Capture> captures) {
            List<ImportReplay.Capture> kept = captures.stream()
                    .filter(c ->
                            !nonDocuments.contains(document + "\t" + c.file().getFileName()))
                    .toList();
            List<ChangeMeasures.Reading> readings =
                    kept.stream().map(c -> measures.read(c.text())).toList();
            Measures here = new Measures();
            for (int i = 1; i < kept.size(); i++) {
                if (kept.get(i).text().equals(kept.get(i - 1).text())) {
                    continue;
                }
                here.pairs++;
                pair(document, kept.get(i), readings, i, here);
            }
            return here;
        }

        private void pair(
                String document,
                ImportReplay.Capture capture,
                List<ChangeMeasures.Reading> readings,
                int i,
                Measures m) {
            ChangeMeasures.Reading before = readings.get(i - 1);
            ChangeMeasures.Reading after = readings.get(i);
            Optional<ChangeRecord> change = capture.outcome() instanceof ImportReplay.Outcome.Recorded recorded
                    ? recorded.change()
                    : Optional.empty();
            boolean substantive = change.map(c -> c.significance() == Significance.SUBSTANTIVE)
                    .orElse(false);
            String where = document + " " + capture.file().getFileName();
            if (before.formFree().equals(after.formFree())) {
                note(m.formOnly, !substantive, "form-only", where, capture, change);
                return;
            }
            boolean flipBack = false;
            for (int back = Math.max(0, i - 1 - ChangeMeasures.FLIP_WINDOW); back < i - 1; back++) {
                flipBack |= readings.get(back).formFree().equals(after.formFree());
            }
            if (flipBack) {
                boolean flagged = change.map(c -> c.flags().contains(ChangeRecord.Flag.OSCILLATION))
                        .orElse(false);
                note(m.flipBacks, flagged || !substantive, "flip-back", where, capture, change);
            }
            ChangeMeasures.Difference difference = measures.between(before, after);
            if (difference.contentWords() >= ChangeMeasures.SUBSTANTIAL) {
                note(
                        m.substantive,
                        substantive,
                        "substantive" + (flipBack ? " (flip-back)" : ""),
                        where,
                        capture,
                        change);
            }
            if (difference.contentWords() >= 1 && difference.contentWords() <= ChangeMeasures.SMALL) {
                note(m.located, ChangeMeasures.located(difference, change), "located", where, capture, change);
            }
        }

        private void note(
                Tally tally,
                boolean pass,
                String measure,
                String where,
                ImportReplay.Capture capture,
                Optional<ChangeRecord> change) {
            tally.count(pass);
            if (!pass) {
                misses.add(measure + "\t" + where + "\t" + outcome(capture, change));
            }
        }
    }

    private static String outcome(ImportReplay.Capture capture, Optional<ChangeRecord> change) {
        return switch (capture.outcome()) {
            case ImportReplay.Outcome.Refused refused ->
                "refused: " + refused.anomaly().reason();
            case ImportReplay.Outcome.Unchanged unchanged -> "no version (unchanged)";
            case ImportReplay.Outcome.Recorded recorded ->
                change.map(c -> c.summary() + " " + c.flags() + " reasons " + reasons(c))
                        .orElse("first version");
        };
    }

    private static java.util.Map<String, Long> reasons(ChangeRecord change) {
        return change.items().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        i -> i.kind() + " " + i.significance() + " " + i.reason(),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
    }

    private static String table(Map<String, Measures> perDocument, Measures total) {
        StringBuilder out = new StringBuilder();
        out.append("| document | pairs | ≥ 5 content words substantive | link/format only not substantive"
                + " | flip-backs flagged or not substantive | small changes located |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        perDocument.forEach((name, m) -> out.append(row(name, m)));
        out.append(row("**total**", total));
        out.append(String.format(
                Locale.ROOT,
                "%ntotal: substantive %.1f %% of %d; form-only %.1f %% of %d; flip-backs %.1f %% of %d;"
                        + " located %.1f %% of %d%n",
                total.substantive.percent(),
                total.substantive.cases,
                total.formOnly.percent(),
                total.formOnly.cases,
                total.flipBacks.percent(),
                total.flipBacks.cases,
                total.located.percent(),
                total.located.cases));
        return out.toString();
    }

    private static String row(String name, Measures m) {
        return "| " + name + " | " + m.pairs + " | " + m.substantive.cell() + " | " + m.formOnly.cell() + " | "
                + m.flipBacks.cell() + " | " + m.located.cell() + " |\n";
    }

    private static String name(Path document) {
        return document.getParent().getFileName() + "/" + document.getFileName();
    }

    /** "service/terms type\tfile" of every capture inspected as not being the document. */
    private static Set<String> nonDocuments() throws IOException {
        Set<String> files = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ChangeMeasuresIT.class.getResourceAsStream("non-document-captures.tsv")),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    files.add(cells[0] + "/" + cells[1] + "\t" + cells[2]);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
