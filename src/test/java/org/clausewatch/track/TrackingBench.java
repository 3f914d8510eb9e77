package org.clausewatch.track;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.extract.Extractor;
import org.clausewatch.fetch.FetchConfig;
import org.clausewatch.fetch.HttpFetcher;
import org.clausewatch.history.Chronicle;
import org.clausewatch.source.DeclarationLoader;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.store.Database;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRow;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.MutableClock;
import org.clausewatch.testing.Readers;
import org.clausewatch.version.Versioner;

/**
 * One document, "Example / Terms of Service" ({@code main} of {@code /terms} on a real site on loopback), tracked into
 * real SQLite pass by pass on a clock the test moves.
 */
final class TrackingBench implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");

    final LocalSite site;
    private final Database database;
    private final WarcArchive archive;
    private final HttpFetcher fetcher;
    private final Tracker tracker;
    private final List<DocumentDeclaration> documents;
    private final MutableClock clock = new MutableClock(T0);
    private final java.util.concurrent.atomic.AtomicInteger readerRequests =
            new java.util.concurrent.atomic.AtomicInteger();

    TrackingBench(Path dir) throws IOException {
        site = new LocalSite();
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        Files.writeString(declarations.resolve("Example.json"), """
                {"name": "Example", "terms": {"Terms of Service": {"fetch": "%s", "select": "main"}}}
                """.formatted(site.url("/terms")));
        documents =
                new DeclarationLoader().load(declarations).services().getFirst().documents();
        database = Database.sqlite(dir.resolve("clausewatch.db"));
        archive = new WarcArchive(dir.resolve("warcs"));
        fetcher = new HttpFetcher(FetchConfig.defaults(Duration.ZERO, true, java.util.Optional.empty()));
        Store store = database.store();
        tracker = new Tracker(new Tracker.TrackerParts(
                fetcher,
                archive,
                store,
                new VersionRecorder(store, new Chronicle(), () -> {
                    readerRequests.incrementAndGet();
                    return Readers.shared();
                }),
                new Extractor(),
                new Versioner(),
                clock,
                true));
    }

    /** How many times tracking asked for the provision reader (whose first use loads its models). */
    int readerRequests() {
        return readerRequests.get();
    }

    Store store() {
        return database.store();
    }

    DocumentOutcome passAt(Duration sinceStart) {
        clock.set(T0.plus(sinceStart));
        return tracker.track(documents).documents().getFirst();
    }

    long documentId() {
        return database.store().ensureDocument("Example", "Terms of Service");
    }

    List<VersionRow> versions() {
        return database.store().versions(documentId());
    }

    @Override
    public void close() throws IOException {
        site.close();
        fetcher.close();
        archive.close();
        database.close();
    }
}
