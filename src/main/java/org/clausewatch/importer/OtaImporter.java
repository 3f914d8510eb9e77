package org.clausewatch.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Sha256;
import org.clausewatch.extract.Extractor;
import org.clausewatch.history.Chronicle;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.NewVersion;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRecord;
import org.clausewatch.store.VersionRow;
import org.clausewatch.track.HistoryWriter;
import org.clausewatch.version.Decision;
import org.clausewatch.version.Versioner;

/**
 * Imports an Open Terms Archive dataset ({@code <service>/<terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md}) as version
 * history. The same rules as tracking apply: text equal to the previous version adds nothing, and error pages
 * recorded by the source are refused. Importing twice adds nothing the second time.
 */
public final class OtaImporter {
    private final Store store;
    private final HistoryWriter history;
    private final Versioner versioner;

    public OtaImporter(Store store, HistoryWriter history, Versioner versioner) {
        this.store = store;
        this.history = history;
        this.versioner = versioner;
    }

    /** Imports every document under {@code dataset}, one transaction per document. */
    public ImportReport importDataset(Path dataset) throws IOException {
        if (!Files.isDirectory(dataset)) {
            throw new IOException("import-ota: " + dataset + " is not a folder");
        }
        List<ImportReport.DocumentImport> documents = new ArrayList<>();
        for (OtaDocument document : OtaLayout.documents(dataset)) {
            documents.add(importDocument(document));
        }
        return new ImportReport(documents);
    }

    private ImportReport.DocumentImport importDocument(OtaDocument document) throws IOException {
        long documentId = store.ensureDocument(document.service(), document.termsType());
        DocumentRow row = new DocumentRow(documentId, document.service(), document.termsType());
        Optional<VersionRow> latest = store.latestVersion(documentId);
        Instant after = latest.map(VersionRow::capturedAt).orElse(Instant.MIN);
        Optional<String> previous = latest.map(v -> store.markdown(v.id()));
        Optional<Chronicle.Previous> previousProvisions = history.previous(documentId);
        List<VersionRecord> versions = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int unchanged = 0;
        for (OtaDocument.VersionFile file : document.files()) {
            if (!file.capturedAt().isAfter(after)) {
                continue;
            }
            String text = versioner.normalise(read(file.path()));
            Decision decision = versioner.decide(previous, text);
            switch (decision) {
                case Decision.NewVersion newVersion -> {
                    HistoryWriter.Prepared prepared = history.prepare(
                            row, previousProvisions, newVersion(documentId, file, text, previous.isEmpty()));
                    versions.add(prepared.record());
                    previousProvisions = Optional.of(prepared.next());
                    previous = Optional.of(text);
                }
                case Decision.Unchanged same -> unchanged++;
                case Decision.Anomaly anomaly -> refused.add(file.path().getFileName() + ": " + anomaly.reason());
            }
        }
        store.recordAll(versions);
        return new ImportReport.DocumentImport(
                document.service(), document.termsType(), versions.size(), unchanged, List.copyOf(refused));
    }

    private static NewVersion newVersion(long documentId, OtaDocument.VersionFile file, String text, boolean first) {
        List<String> flags = new ArrayList<>();
        flags.add("imported");
        if (first) {
            flags.add("first-record");
        } else if (file.technicalUpgrade()) {
            flags.add("technical-upgrade");
        }
        return new NewVersion(
                documentId,
                file.capturedAt(),
                text,
                Sha256.of(text),
                java.util.Set.copyOf(flags),
                "ota-import/" + Extractor.VERSION,
                List.of());
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException("import-ota: " + file + " is not valid UTF-8", e);
        }
    }
}
