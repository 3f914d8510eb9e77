package org.clausewatch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.LoginThrottle;
import org.clausewatch.account.Sessions;
import org.clausewatch.alert.Alerts;
import org.clausewatch.alert.Vocabulary;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.Progress;
import org.clausewatch.common.ReadingReport;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.coordination.Coordination;
import org.clausewatch.evidence.EvidencePacks;
import org.clausewatch.extract.Extractor;
import org.clausewatch.fetch.HttpFetcher;
import org.clausewatch.history.Chronicle;
import org.clausewatch.importer.OtaImporter;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.source.DeclarationLoader;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.store.Database;
import org.clausewatch.store.Dialect;
import org.clausewatch.store.Store;
import org.clausewatch.timestamp.TimestampAuthority;
import org.clausewatch.timestamp.Timestamping;
import org.clausewatch.track.Reanalysis;
import org.clausewatch.track.Reextraction;
import org.clausewatch.track.ScheduledTracking;
import org.clausewatch.track.SharedTracking;
import org.clausewatch.track.Tracker;
import org.clausewatch.track.TrackingRuns;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Versioner;
import org.clausewatch.web.AccountRoutes;
import org.clausewatch.web.EvidenceRoutes;
import org.clausewatch.web.LoginRoutes;
import org.clausewatch.web.SubscriptionRoutes;
import org.clausewatch.web.WebServer;

/**
 * The composition root: builds every service once, in order, by constructor, from the {@link Settings}, and closes
 * them in reverse order. Nothing else in ClauseWatch creates a long-lived component. The parts that take a moment to
 * build (the provision reader, the fetcher, the web server) are built on first use, since most commands never need
 * them.
 */
public final class ClauseWatch implements AutoCloseable {
    /** Web sessions last twelve hours. */
    private static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    /** Expired sessions are refused at once; deleting them is housekeeping, hourly is plenty. */
    private static final Duration SESSION_PURGE = Duration.ofHours(1);

    /**
     * Failed sign-ins allowed in 15 minutes per account, and per address: many more per address, since many people may
     * sign in from behind one (a NAT, a proxy) and one account guessed at must not lock out the others.
     */
    private static final LoginThrottle.Limits LOGIN_LIMITS = new LoginThrottle.Limits(5, 50, Duration.ofMinutes(15));

    private final Settings settings;
    private final Closer opened;
    private final Clock clock = Clock.systemUTC();
    // loaded on first use: an unchanged tracking pass, status and most listings never name a topic
    private final Later<Taxonomy> taxonomy = new Later<>(Taxonomy::load);
    private final Later<Regulations> regulations = new Later<>(() -> Regulations.load(taxonomy.get()));
    private final Extractor extractor = new Extractor();
    private final Versioner versioner = new Versioner();
    private final DeclarationLoader declarationLoader = new DeclarationLoader();
    private final Chronicle chronicle = new Chronicle();
    private final Database database;
    private final WarcArchive archive;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Alerts alerts;
    private final Later<ProvisionReader> reader;
    private final Later<Catalogue> catalogue;
    private final Later<VersionRecorder> history;
    private final Later<OtaImporter> importer;
    private final Later<Reanalysis> reanalysis;
    private final Later<Reextraction> reextraction;
    private final Later<Tracker> tracker;
    private final Optional<Coordination> coordination;
    private final Later<SharedTracking> sharedTracking;
    private final Later<WebServer> web;
    private final Timestamping timestamping;
    private final Later<EvidencePacks> evidence;
    private final AtomicReference<ScheduledTracking> schedule = new AtomicReference<>();

    private ClauseWatch(Settings settings, Closer opened) throws IOException {
        this.settings = settings;
        this.opened = opened;
        this.database = opened.add(Database.open(settings.storage().database()));
        this.archive = opened.add(new WarcArchive(settings.storage().warcDir()));
        this.accounts = new Accounts(database.reads(), database.writes(), clock);
        this.sessions = new Sessions(database.reads(), database.writes(), accounts, clock, SESSION_LIFETIME);
        // Built with the store so that every change record, from any command, writes its alerts to the outbox.
        this.alerts = opened.add(
                new Alerts(database.reads(), database.writes(), database.store(), settings.alerts(), taxonomy, clock));
        this.reader = new Later<>(() -> ProvisionReader.load(taxonomy.get(), regulations.get()));
        this.catalogue = new Later<>(() -> new Catalogue(
                new Catalogue.Sources(store(), Optional.of(archive), this::reader, taxonomy.get(), regulations.get())));
        this.history = new Later<>(() -> new VersionRecorder(store(), chronicle, reader));
        this.importer = new Later<>(() -> new OtaImporter(store(), history(), versioner));
        this.reanalysis = new Later<>(() -> new Reanalysis(store(), reader()));
        this.reextraction =
                new Later<>(() -> new Reextraction(store(), history(), archive, extractor, versioner, clock));
        this.timestamping = new Timestamping(
                store(),
                settings.timestamping().authority().map(url -> opened.add(new TimestampAuthority(url))),
                settings.timestamping(),
                clock);
        this.evidence = new Later<>(() -> new EvidencePacks(new EvidencePacks.Sources(
                catalogue(), store(), archive, settings.timestamping().trusted(), clock)));
        // On PostgreSQL every process takes part in shared passes; SQLite has one process, which tracks alone.
        this.coordination = database.dialect() == Dialect.POSTGRESQL
                ? Optional.of(opened.add(
                        new Coordination(database.writes(), settings.tracking().lease())))
                : Optional.empty();
        this.tracker = new Later<>(this::newTracker);
        this.sharedTracking = new Later<>(() -> new SharedTracking(
                tracker.get(),
                coordination.orElseThrow().passes(),
                idleFor(settings.tracking().lease()),
                clock));
        this.web = new Later<>(this::newWebServer);
    }

    /** Opens the database (migrating it) and the archive under the settings' data folder. */
    public static ClauseWatch open(Settings settings) throws IOException {
        // bad arguments are told before anything is created: no data folder for a database that cannot be opened
        if (Files.exists(settings.dataDir()) && !Files.isDirectory(settings.dataDir())) {
            throw new IllegalArgumentException("data folder '" + settings.dataDir() + "' is a file, not a folder");
        }
        Database.checkLocation(settings.storage().database());
        Files.createDirectories(settings.dataDir());
        Closer opened = new Closer();
        try {
            return new ClauseWatch(settings, opened);
        } catch (IOException | RuntimeException e) {
            try {
                opened.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Starts what {@code serve} runs: the web server on the configured address, tracking on schedule, the background
     * reading of wordings the current reader has not read, the session purge and alert delivery. All of it stops when
     * the root is closed. {@code out} and {@code err} receive what the background work reports.
     */
    public WebServer serve(PrintWriter out, PrintWriter err) {
        Settings.Serving serving = settings.serving();
        WebServer started = web().start(serving.host(), serving.port());
        alerts.listeningOn(serving.host(), started.port());
        opened.add(scheduledTracking(err, serving));
        opened.add(readUnread(out, err));
        opened.add(sessions.purgeEvery(SESSION_PURGE));
        opened.add(alerts.worker().every(settings.alerts().pollEvery()));
        return started;
    }

    /**
     * Starts what {@code worker} runs: tracking (on PostgreSQL, the shared passes: the deployment's schedule,
     * administrators' requests and the jobs of killed processes) and alert delivery, without the web. All of it stops
     * when the root is closed.
     */
    public void work(PrintWriter err) {
        opened.add(scheduledTracking(err, settings.serving()));
        opened.add(alerts.worker().every(settings.alerts().pollEvery()));
    }

    /** Whether tracking is shared with other processes through the database (PostgreSQL) rather than done alone. */
    public boolean sharesTracking() {
        return coordination.isPresent();
    }

    public Settings settings() {
        return settings;
    }

    /** The topic taxonomy, loaded once for every part that names topics. */
    public Taxonomy taxonomy() {
        return taxonomy.get();
    }

    public Store store() {
        return database.store();
    }

    public WarcArchive archive() {
        return archive;
    }

    /** Trusted time for the custody chain: asked for after tracking passes, checked by {@code verify}. */
    public Timestamping timestamping() {
        return timestamping;
    }

    /** Evidence packs of versions and provisions, built from the read model, the archive and the custody chain. */
    public EvidencePacks evidence() {
        return evidence.get();
    }

    public Accounts accounts() {
        return accounts;
    }

    public Sessions sessions() {
        return sessions;
    }

    /** Subscriptions, outbox, delivery worker (not started: {@code serve} starts it) and feeds. */
    public Alerts alerts() {
        return alerts;
    }

    public DeclarationLoader declarationLoader() {
        return declarationLoader;
    }

    /** The provision reader, loaded on first use: its models take a moment to load and most commands never read. */
    public ProvisionReader reader() {
        return reader.get();
    }

    /** What has been recorded, as pages, the API and {@code --json} show it; built with the reader on first use. */
    public Catalogue catalogue() {
        return catalogue.get();
    }

    public VersionRecorder history() {
        return history.get();
    }

    public OtaImporter importer() {
        return importer.get();
    }

    /** Reads the recorded wordings that have no reading of the current reader version, all of them. */
    public ReadingReport analyse() {
        return analyse(Progress.NONE);
    }

    public ReadingReport analyse(Progress progress) {
        return reanalysis.get().run(() -> false, progress);
    }

    /** Extracts the archived captures of each document's latest version again; a different text is a new version. */
    public List<DocumentOutcome> reextract(List<DocumentDeclaration> documents) {
        return reextract(documents, Progress.NONE);
    }

    public List<DocumentOutcome> reextract(List<DocumentDeclaration> documents, Progress progress) {
        return reextraction.get().reextract(documents, progress);
    }

    /**
     * One tracking pass over {@code documents}; the fetcher (which owns threads and a browser profile) is created on
     * first use.
     */
    public TrackingReport track(List<DocumentDeclaration> documents) {
        return track(documents, Progress.NONE);
    }

    /** The same, telling {@code progress} of each document as it is done (tracked here, not shared). */
    public TrackingReport track(List<DocumentDeclaration> documents, Progress progress) {
        return coordination.isPresent()
                ? sharedTracking.get().track(documents)
                : tracker.get().track(documents, progress);
    }

    /**
     * The web server with ClauseWatch's routes and the account, sign-in and subscription routes, as {@code serve}
     * runs it; built on first use, not started.
     */
    public WebServer web() {
        return web.get();
    }

    private Tracker newTracker() {
        HttpFetcher fetcher = opened.add(coordination
                .map(shared -> new HttpFetcher(settings.tracking().fetch(), shared.fetchSharing()))
                .orElseGet(() -> new HttpFetcher(settings.tracking().fetch())));
        Tracker built = new Tracker(new Tracker.TrackerParts(
                fetcher,
                archive,
                store(),
                history(),
                extractor,
                versioner,
                clock,
                settings.tracking().ignoreRobots()));
        built.afterEachPass(report -> timestamping.stampIfDue());
        return built;
    }

    /** ClauseWatch's own routes, then the account, sign-in and subscription routes; admins start tracking runs. */
    private WebServer newWebServer() {
        TrackingRuns runs = opened.add(new TrackingRuns(tracker));
        DeclaredPlan plan = new DeclaredPlan(
                settings.tracking().declarations(),
                declarationLoader,
                () -> Optional.ofNullable(schedule.get()).map(ScheduledTracking::nextPass),
                settings.serving().trackEvery(),
                clock);
        Vocabulary vocabulary = new Vocabulary(taxonomy.get(), new KnownServices(store(), plan));
        return opened.add(new WebServer(
                catalogue(),
                plan,
                List.of(
                        new SubscriptionRoutes(alerts, accounts, vocabulary),
                        new LoginRoutes(
                                accounts,
                                sessions,
                                new LoginThrottle(database.reads(), database.writes(), LOGIN_LIMITS, clock),
                                alerts,
                                vocabulary,
                                catalogue()),
                        new AccountRoutes(
                                accounts,
                                sessions,
                                services -> requestRun(runs, declared(services)),
                                settings.alerts().defaultServiceLimit()),
                        new EvidenceRoutes(this::evidence)),
                settings.serving().metrics(),
                Optional.of(accounts)));
    }

    /** The documents of the named services (all when none is named) in the declarations folder, read afresh. */
    private List<DocumentDeclaration> declared(List<String> services) {
        Path folder = settings.tracking().declarations();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no declarations folder '" + folder + "' to track");
        }
        return declarationLoader.load(folder).documentsOf(services);
    }

    /** On PostgreSQL the pass goes to the database, where whichever process is free takes its documents. */
    private void requestRun(TrackingRuns runs, List<DocumentDeclaration> documents) {
        if (coordination.isPresent()) {
            sharedTracking.get().request(documents);
        } else {
            runs.start(documents);
        }
    }

    private AutoCloseable scheduledTracking(PrintWriter err, Settings.Serving serving) {
        Path folder = settings.tracking().declarations();
        boolean declaring = Files.isDirectory(folder);
        if (!declaring) {
            err.println("clausewatch: no declarations folder '" + folder + "'; nothing will be tracked");
            err.flush();
        }
        if (coordination.isPresent()) {
            return sharedTracking.get().work(() -> declaring ? declared(List.of()) : List.of(), serving.trackEvery());
        }
        ScheduledTracking scheduled = new ScheduledTracking(
                tracker.get(),
                declaring ? () -> declared(List.of()) : List::of,
                serving.firstPassAfter(),
                serving.trackEvery(),
                clock);
        schedule.set(scheduled);
        return scheduled;
    }

    /** A process with nothing to claim asks again after about this long: a quarter of a lease, at most five seconds. */
    private static Duration idleFor(Duration lease) {
        Duration quarter = lease.dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : quarter;
    }

    /**
     * Reads, in the background, the wordings the current reader has not read yet (after an upgrade of its models, cues
     * or rule tables), so pages show current analyses without a separate {@code analyse}. Stops between two batches
     * when serve stops; what it read is committed batch by batch.
     */
    private AutoCloseable readUnread(PrintWriter out, PrintWriter err) {
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = Thread.ofPlatform()
                .name("clausewatch-reanalysis")
                .daemon(true)
                .start(() -> {
                    try {
                        ReadingReport result = reanalysis.get().run(stop::get);
                        if (result.read() > 0) {
                            out.printf(
                                    "read %d recorded wordings with reader version %s%n",
                                    result.read(), ProvisionReader.VERSION);
                            out.flush();
                        }
                    } catch (RuntimeException e) {
                        err.println("clausewatch serve: reading recorded provisions in the background failed: "
                                + e.getMessage() + "; run ./clausewatch analyse");
                        err.flush();
                    }
                });
        return () -> {
            stop.set(true);
            thread.join();
        };
    }

    /** Closes what was opened, last first: what serve started, the web server, the fetcher, the store. */
    @Override
    public void close() throws IOException {
        opened.close();
    }
}
