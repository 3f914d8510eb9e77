package org.clausewatch.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clausewatch.common.Progress;
import org.clausewatch.extract.Extractor;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.DocumentState;
import org.clausewatch.store.Store;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Versioner;
import org.clausewatch.version.VolatileLines;

/**
 * Imports an Open Terms Archive dataset ({@code <service>/<terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md}) as version
 * history. The same rules as tracking apply: text equal to the previous version adds nothing, nor does text that
 * differs from it only in lines already seen to change on every capture, and error pages recorded by the source are
 * refused. Importing twice adds nothing the second time.
 */
public final class OtaImporter {
    /** The extractor version of an imported version: the text is the dataset's, not an extraction of ours. */
    private static final String EXTRACTION = "ota-import/" + Extractor.VERSION;

    private final Store store;
    private final VersionRecorder recorder;
    private final Versioner versioner;

    /**
     * Held while a document's history is written. The store has one writer, and a large document's history is one long
     * transaction: a service waiting for it here waits as long as it takes, where waiting for the writer would give up
     * after the connection pool's timeout on a busy machine.
     */
    private final Object writing = new Object();

    public OtaImporter(Store store, VersionRecorder recorder, Versioner versioner) {
        this.store = store;
        this.recorder = recorder;
        this.versioner = versioner;
    }

    /**
     * Refuses a folder that holds no document of a dataset, before anything is opened or created for it.
     *
     * @throws IllegalArgumentException naming the folder and the layout it lacks
     */
    public static void checkDataset(Path dataset) throws IOException {
        if (!Files.isDirectory(dataset)) {
            throw new IllegalArgumentException("'" + dataset + "' is not a folder");
        }
        if (OtaLayout.documents(dataset).isEmpty()) {
            throw new IllegalArgumentException("'" + dataset + "' is not an Open Terms Archive dataset: it holds no"
                    + " <service>/<terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md file");
        }
    }

    /**
     * Imports every document under {@code dataset}, one transaction per document. Services are imported side by side
     * on every core; the documents of one service are imported one after the other and in order, because a
     * provision's move between two documents of a service is recognised against what the other already recorded.
     */
    public ImportReport importDataset(Path dataset) throws IOException {
        return importDataset(dataset, Progress.NONE);
    }

    /** The same, telling {@code progress} of each document's versions as they are imported. */
    public ImportReport importDataset(Path dataset, Progress progress) throws IOException {
        if (!Files.isDirectory(dataset)) {
            throw new IOException("import-ota: " + dataset + " is not a folder");
        }
        Map<String, List<OtaDocument>> services = new LinkedHashMap<>();
        for (OtaDocument document : OtaLayout.documents(dataset)) {
            services.computeIfAbsent(document.service(), s -> new ArrayList<>()).add(document);
        }
        progress.begin(
                services.values().stream()
                        .flatMap(List::stream)
                        .mapToLong(d -> d.files().size())
                        .sum(),
                "versions");
        int workers = Math.max(1, Math.min(services.size(), Runtime.getRuntime().availableProcessors()));
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            Map<String, Future<List<ImportReport.DocumentImport>>> imports = new HashMap<>();
            for (String service : largestFirst(services)) {
                List<OtaDocument> documents = services.get(service);
                imports.put(service, pool.submit(() -> importService(documents, progress)));
            }
            List<ImportReport.DocumentImport> documents = new ArrayList<>();
            for (String service : services.keySet()) {
                documents.addAll(result(imports.get(service)));
            }
            return new ImportReport(documents);
        }
    }

    /**
     * The services, those with the most to import first: taken in the dataset's order, a large service started last
     * would leave the other cores idle while it finishes alone. The report keeps the dataset's order.
     */
    private static List<String> largestFirst(Map<String, List<OtaDocument>> services) throws IOException {
        Map<String, Long> bytes = new HashMap<>();
        for (Map.Entry<String, List<OtaDocument>> service : services.entrySet()) {
            long total = 0;
            for (OtaDocument document : service.getValue()) {
                for (OtaDocument.VersionFile file : document.files()) {
                    total += Files.size(file.path());
                }
            }
            bytes.put(service.getKey(), total);
        }
        return services.keySet().stream()
                .sorted(Comparator.comparing(bytes::get, Comparator.reverseOrder()))
                .toList();
    }

    private List<ImportReport.DocumentImport> importService(List<OtaDocument> documents, Progress progress)
            throws IOException {
        List<ImportReport.DocumentImport> imported = new ArrayList<>();
        for (OtaDocument document : documents) {
            imported.add(importDocument(document));
            progress.advance(document.files().size(), document.service() + " / " + document.termsType());
        }
        return imported;
    }

    private static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import-ota: interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("import-ota failed", e.getCause());
        }
    }

    private ImportReport.DocumentImport importDocument(OtaDocument document) throws IOException {
        long documentId = store.ensureDocument(document.service(), document.termsType());
        DocumentState state = recorder.state(new DocumentRow(documentId, document.service(), document.termsType()));
        Instant after = state.latest().map(l -> l.version().capturedAt()).orElse(Instant.MIN);
        VolatileLines.Walk volatileLines = new VolatileLines.Walk(store.volatileLines(documentId));
        HistoryImport history = new HistoryImport(
                recorder,
                versioner,
                EXTRACTION,
                state,
                state.latest().isEmpty() ? List.of() : recordedSizes(documentId),
                volatileLines);
        for (OtaDocument.VersionFile file : document.files()) {
            if (file.capturedAt().isAfter(after)) {
                history.take(file, versioner.normalise(read(file.path())));
            }
        }
        synchronized (writing) {
            store.recordAll(history.versions());
            volatileLines.rotations().forEach((at, shapes) -> store.recordVolatileLines(documentId, shapes, at));
        }
        return new ImportReport.DocumentImport(
                document.service(),
                document.termsType(),
                history.versions().size(),
                history.unchanged(),
                history.refused());
    }

    /** The sizes of the document's recorded versions, oldest first, the latest included. */
    private List<Long> recordedSizes(long documentId) {
        return store.versions(documentId).stream().map(v -> v.bytes()).toList();
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException("import-ota: " + file + " is not valid UTF-8", e);
        }
    }
}
