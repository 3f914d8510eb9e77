package org.clausewatch;

import java.io.IOException;
import java.time.Clock;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Sessions;
import org.clausewatch.alert.AlertConfig;
import org.clausewatch.alert.Alerts;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.cli.Cli;
import org.clausewatch.extract.Extractor;
import org.clausewatch.fetch.FetchConfig;
import org.clausewatch.fetch.HttpFetcher;
import org.clausewatch.history.Chronicle;
import org.clausewatch.importer.OtaImporter;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.source.DeclarationLoader;
import org.clausewatch.store.Database;
import org.clausewatch.store.Store;
import org.clausewatch.track.Reanalysis;
import org.clausewatch.track.Reextraction;
import org.clausewatch.track.Tracker;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Versioner;

/**
 * The composition root: builds configuration, storage and services by hand, in order, by constructor. Nothing
 * else in ClauseWatch creates a long-lived component.
 */
public final class ClauseWatch implements AutoCloseable {
    private final Settings settings;
    private final Database database;
    private final WarcArchive archive;
    private final Extractor extractor = new Extractor();
    private final Versioner versioner = new Versioner();
    private final DeclarationLoader declarationLoader = new DeclarationLoader();
    private final Clock clock = Clock.systemUTC();
    private final Chronicle chronicle = new Chronicle();
    private final Alerts alerts;
    private HttpFetcher fetcher;
    private ProvisionReader reader;

    private ClauseWatch(Settings settings, Database database, WarcArchive archive) throws IOException {
        this.settings = settings;
        this.database = database;
        this.archive = archive;
        // Built with the store so that every change record, from any command, writes its alerts to the outbox.
        this.alerts = new Alerts(
                database.reads(),
                database.writes(),
                database.store(),
                AlertConfig.resolve(settings.dataDir(), System.getenv(), settings.allowPrivateAddresses()),
                clock);
    }

    public static void main(String[] args) {
        System.exit(Cli.execute(args));
    }

    /** Opens the database (migrating it) and the archive under the settings' data folder. */
    public static ClauseWatch open(Settings settings) throws IOException {
        java.nio.file.Files.createDirectories(settings.dataDir());
        Database database = Database.open(settings.databaseLocation());
        try {
            return new ClauseWatch(settings, database, new WarcArchive(settings.warcDir()));
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Settings settings() {
        return settings;
    }

    public Store store() {
        return database.store();
    }

    public Accounts accounts() {
        return new Accounts(database.reads(), database.writes(), clock);
    }

    /** Web sessions of twelve hours. */
    public Sessions sessions() {
        return new Sessions(database.reads(), database.writes(), accounts(), clock, java.time.Duration.ofHours(12));
    }

    /** Subscriptions, outbox, delivery worker (not started: {@code serve} starts it) and feeds. */
    public Alerts alerts() {
        return alerts;
    }

    public WarcArchive archive() {
        return archive;
    }

    public VersionRecorder history() {
        return new VersionRecorder(store(), chronicle, reader());
    }

    /** The provision reader, loaded on first use: its models take a moment to load and most commands never read. */
    public synchronized ProvisionReader reader() {
        if (reader == null) {
            reader = ProvisionReader.load();
        }
        return reader;
    }

    public DeclarationLoader declarationLoader() {
        return declarationLoader;
    }

    public OtaImporter importer() {
        return new OtaImporter(store(), history(), versioner);
    }

    /** Reads the recorded wordings that have no reading of the current reader version. */
    public Reanalysis reanalysis() {
        return new Reanalysis(store(), reader());
    }

    public Reextraction reextraction() {
        return new Reextraction(store(), history(), archive, extractor, versioner, clock);
    }

    /** The tracker, with an HTTP fetcher created on first use (it owns threads and a browser profile). */
    public synchronized Tracker tracker() {
        if (fetcher == null) {
            fetcher = new HttpFetcher(fetchConfig());
        }
        return new Tracker(new Tracker.TrackerParts(
                fetcher, archive, store(), history(), extractor, versioner, clock, settings.ignoreRobots()));
    }

    private FetchConfig fetchConfig() {
        FetchConfig config = FetchConfig.defaults().withAllowPrivateAddresses(settings.allowPrivateAddresses());
        return settings.hostDelay().map(config::withHostDelay).orElse(config);
    }

    @Override
    public synchronized void close() throws IOException {
        try (database;
                archive;
                alerts) {
            if (fetcher != null) {
                fetcher.close();
            }
        }
    }
}
