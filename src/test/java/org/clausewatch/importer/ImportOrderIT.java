package org.clausewatch.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausewatch.common.Labels;
import org.clausewatch.history.Chronicle;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.Database;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRow;
import org.clausewatch.testing.Corpus;
import org.clausewatch.testing.Readers;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Versioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same histories imported into two fresh stores, one service after the other in opposite orders, record the same
 * thing: every change's significance, flags, summary, topics and severity, every item's, and the reading of every
 * provision. The slice of the shared corpus holds list items whose words other services put under other lead-ins and
 * that read differently under them, which a reading kept per wording would give to whichever service came first.
 */
class ImportOrderIT {
    /**
     * Two small histories (5 and 8 versions) whose copyright notices list "Your address, telephone number, and e-mail
     * address" under different lead-ins ("… must include the following information:" and "… must include all of the
     * following information:"), which read as different topics.
     */
    private static final List<String> FIRST = List.of("OpenAI/Terms of Service");

    private static final List<String> SECOND = List.of("Grok/Terms of Service");

    @TempDir
    Path dir;

    @Test
    void importingServicesInEitherOrderRecordsTheSameChangesAndReadings() throws IOException {
        Path first = slice("first", FIRST);
        Path second = slice("second", SECOND);

        Imported forward = imported("forward", List.of(first, second));
        Imported backward = imported("backward", List.of(second, first));

        assertThat(forward.readingsByWords().values())
                .as("words read differently under different lead-ins, which the slice must hold to test anything")
                .anyMatch(readings -> readings.size() > 1);
        assertThat(forward.lines()).isEqualTo(backward.lines());
    }

    /** Everything recorded, as comparable lines; and the distinct readings of each provision's words. */
    private record Imported(List<String> lines, Map<String, Set<Reading>> readingsByWords) {}

    /** A dataset of the named {@code service/terms type} documents of the corpus, linked, not copied. */
    private Path slice(String name, List<String> documents) throws IOException {
        Path dataset = dir.resolve(name);
        for (String document : documents) {
            Path link = dataset.resolve(document);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Corpus.ota().resolve(document).toAbsolutePath());
        }
        return dataset;
    }

    /** Imports the datasets one after the other into a fresh store; what it recorded. */
    private Imported imported(String name, List<Path> datasets) throws IOException {
        try (Database database = Database.sqlite(dir.resolve(name + ".db"))) {
            Store store = database.store();
            OtaImporter importer = new OtaImporter(
                    store, new VersionRecorder(store, new Chronicle(), Readers.shared()), new Versioner());
            for (Path dataset : datasets) {
                importer.importDataset(dataset);
            }
            return recorded(store);
        }
    }

    private static Imported recorded(Store store) {
        List<String> lines = new ArrayList<>();
        Map<String, Set<Reading>> byWords = new HashMap<>();
        List<DocumentRow> documents = new ArrayList<>(store.documents());
        documents.sort(java.util.Comparator.comparing(DocumentRow::service).thenComparing(DocumentRow::termsType));
        for (DocumentRow document : documents) {
            for (VersionRow version : store.versions(document.id())) {
                lines.add("version " + document.service() + " / " + document.termsType() + " " + version.capturedAt()
                        + " " + Labels.sorted(version.flags()));
                store.changeInto(version.id()).ifPresent(change -> lines.addAll(change(change)));
                lines.addAll(readings(store, store.provisions(version.id()), byWords));
            }
        }
        return new Imported(lines, byWords);
    }

    private static List<String> change(ChangeRow change) {
        List<String> lines = new ArrayList<>();
        lines.add("  change " + change.significance() + " " + Labels.sorted(change.flags()) + " " + change.topics()
                + " " + change.severity() + " " + change.summary());
        for (ChangeItemRow item : change.items()) {
            lines.add("    item " + item.kind() + " " + item.lineageId() + " " + item.topics() + " " + item.severity()
                    + " " + item.attributeChanges().map(a -> a.summary()).orElse("") + " " + item.summary());
        }
        return lines;
    }

    /** Each provision's reading, and whether its words stand under a lead-in. */
    private static List<String> readings(
            Store store, List<ProvisionRow> provisions, Map<String, Set<Reading>> byWords) {
        Map<String, Reading> readings = store.readings(
                ProvisionReader.VERSION,
                provisions.stream().map(ProvisionRow::readingKey).collect(Collectors.toSet()));
        List<String> lines = new ArrayList<>();
        for (ProvisionRow provision : provisions) {
            Reading reading = readings.get(provision.readingKey());
            assertThat(reading).as("reading of %s", provision.text()).isNotNull();
            byWords.computeIfAbsent(provision.key(), key -> new HashSet<>()).add(reading);
            lines.add("    provision " + provision.lineageId()
                    + (provision.context().isPresent() ? " lead-in" : "") + " " + reading);
        }
        return lines;
    }
}
