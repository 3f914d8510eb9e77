package org.clausewatch.browse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ContentStamp;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.GradedProvisionRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.TopicProvisionRow;

/**
 * Turns stored readings into what pages, the API and {@code --json} show about provisions: each wording's analysis for
 * the service that publishes it, and every service's current provisions on a topic. It never reads a wording itself:
 * a wording the running reader has not read shows no analysis.
 */
final class Analyses {
    /** A service's provisions of the highest severity its page lists. */
    static final int HIGHEST = 10;

    private final Store store;
    private final Supplier<ProvisionReader> reader;
    private final Taxonomy taxonomy;
    private final Regulations regulations;
    private final AnalysisCache cache = new AnalysisCache(AnalysisCache.ENTRIES);
    private final ByStamp<String, Timeline> timelines;
    private final AtomicReference<CurrentByTopic> current = new AtomicReference<>(
            new CurrentByTopic(new ContentStamp(-1, -1, -1), new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));

    /**
     * Every service's current provisions per topic, and how the services compare on it, as of one content stamp:
     * provision, topic and regulation pages all ask for them, and they only change when a version or reading is
     * recorded. At most one entry per topic of the taxonomy is held in each.
     */
    private record CurrentByTopic(
            ContentStamp stamp, ConcurrentHashMap<String, OnTopic> rows, ConcurrentHashMap<String, Peers> compared) {}

    /**
     * The current provisions on one topic, highest severity first, then by service (otherwise in document order),
     * sorted once so that a page only filters and cuts, and how many services they come from.
     */
    record OnTopic(List<TopicProvisionRow> bySeverity, int services) {
        static final OnTopic NONE = new OnTopic(List.of(), 0);

        static OnTopic of(List<TopicProvisionRow> rows) {
            return new OnTopic(rows.stream().sorted(BY_SEVERITY).toList(), (int)
                    rows.stream().map(TopicProvisionRow::service).distinct().count());
        }
    }

    static final Comparator<TopicProvisionRow> BY_SEVERITY = Comparator.comparingInt(
                    (TopicProvisionRow row) -> rank(row.severity()))
            .reversed()
            .thenComparing(TopicProvisionRow::service);

    /** Severities in order, not assessed below low. */
    static int rank(Optional<Severity> severity) {
        return severity.map(Enum::ordinal).orElse(-1);
    }

    Analyses(Catalogue.Sources sources) {
        this.store = sources.store();
        this.reader = sources.reader();
        this.taxonomy = sources.taxonomy();
        this.regulations = sources.regulations();
        this.timelines = new ByStamp<>(store::contentStamp);
    }

    /** The stored readings of these wordings by the running reader, by reading key ({@link ProvisionRow#readingKey}). */
    Map<String, Reading> readings(Collection<String> keys) {
        return store.readings(ProvisionReader.VERSION, keys);
    }

    /** The provisions of {@code service} with what was read in each, in their order. */
    List<Views.ReadProvision> read(String service, List<ProvisionRow> provisions) {
        Map<String, Reading> readings =
                readings(provisions.stream().map(ProvisionRow::readingKey).collect(Collectors.toSet()));
        List<Views.ReadProvision> read = new ArrayList<>(provisions.size());
        for (ProvisionRow provision : provisions) {
            Optional<Reading> reading = Optional.ofNullable(readings.get(provision.readingKey()));
            read.add(new Views.ReadProvision(provision, reading.map(r -> analysis(service, provision, r))));
        }
        return read;
    }

    /** The analysis of {@code provision} of {@code service}; empty while its wording has not been read. */
    Optional<Views.ProvisionAnalysis> of(String service, ProvisionRow provision) {
        return Optional.ofNullable(readings(List.of(provision.readingKey())).get(provision.readingKey()))
                .map(reading -> analysis(service, provision, reading));
    }

    /** The analysis of a read provision for {@code service}, generated once per wording, lead-in and service. */
    Views.ProvisionAnalysis analysis(String service, ProvisionRow provision, Reading reading) {
        Analysis analysis = cache.analysis(
                new AnalysisCache.Key(provision.key(), provision.context(), service, reading),
                () -> reader.get().analysis(service, provision.text(), provision.context(), reading));
        List<Views.TopicRef> topics = reading.topics().stream()
                .sorted(Comparator.comparingDouble(Label::confidence).reversed())
                .map(label ->
                        new Views.TopicRef(label.code(), name(label.code()), label.confidence(), label.evidence()))
                .toList();
        return new Views.ProvisionAnalysis(
                reading,
                topics,
                analysis,
                analysis.regulations().stream().map(Analyses::reference).toList());
    }

    /**
     * How the services watched handle the main topic of a provision of {@code document}, with the other services'
     * provisions most like it; empty when it is on no topic. The main topic is the most confident one on which the
     * provision takes a stance ("train on user data by default"), else the most confident one.
     */
    Optional<Views.Comparison> comparison(
            DocumentRow document, ProvisionRow provision, Views.ProvisionAnalysis analysis) {
        Optional<Views.TopicRef> main = analysis.topics().stream()
                .filter(t -> stance(t.id(), analysis).isPresent())
                .findFirst()
                .or(() -> analysis.topics().stream().findFirst());
        return main.map(topic -> compared(topic.id())
                .around(Peers.candidate(
                        document.service(),
                        document.termsType(),
                        provision,
                        topic.confidence(),
                        analysis,
                        stance(topic.id(), analysis))));
    }

    /** How the services watched compare on {@code topic}, worked out once per content stamp. */
    Peers compared(String topic) {
        return held().compared().computeIfAbsent(topic, this::compare);
    }

    private Peers compare(String topic) {
        List<TopicProvisionRow> rows = currentOn(topic).bySeverity();
        Map<String, Reading> readings =
                readings(rows.stream().map(r -> r.provision().readingKey()).collect(Collectors.toSet()));
        List<Peers.Candidate> candidates = new ArrayList<>(rows.size());
        for (TopicProvisionRow row : rows) {
            Reading reading = readings.get(row.provision().readingKey());
            if (reading != null) {
                Views.ProvisionAnalysis analysis = analysis(row.service(), row.provision(), reading);
                candidates.add(Peers.candidate(row, analysis, stance(topic, analysis)));
            }
        }
        return new Peers(topic(topic), candidates, store.watchedServices());
    }

    private Optional<String> stance(String topic, Views.ProvisionAnalysis analysis) {
        return reader.get().stance(topic, analysis.analysis());
    }

    /** The current provisions on {@code topic}, read again only once the store's content has moved on. */
    OnTopic currentOn(String topic) {
        return held().rows()
                .computeIfAbsent(topic, t -> OnTopic.of(store.currentProvisionsOn(t, ProvisionReader.VERSION)));
    }

    /** What is held for the store's current content; a fresh, empty holding once it has moved on. */
    private CurrentByTopic held() {
        ContentStamp stamp = store.contentStamp();
        CurrentByTopic held = current.get();
        if (!held.stamp().equals(stamp)) {
            CurrentByTopic fresh = new CurrentByTopic(stamp, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            held = current.compareAndSet(held, fresh) ? fresh : current.get();
        }
        return held;
    }

    Views.Topics topics() {
        return new Views.Topics(taxonomy.topics());
    }

    /** The topic page of {@code id}: every service's current provisions on it, optionally of one severity. */
    Views.TopicPage topicPage(String id, Optional<Severity> severity) {
        Topic topic = taxonomy.topic(id).orElseThrow(() -> new NotFound("no topic '" + id + "' in the taxonomy"));
        List<Views.Peer> shown = currentOn(topic.id()).bySeverity().stream()
                .filter(r -> severity.isEmpty() || severity.equals(r.severity()))
                .map(Analyses::peer)
                .toList();
        return new Views.TopicPage(
                topic,
                severity,
                shown,
                compared(topic.id()).comparison(),
                regulations.referencesFor(topic.id()).stream()
                        .map(Analyses::reference)
                        .toList(),
                timelines.get(
                        topic.id(),
                        key -> Timelines.topic(
                                topic, store.changesOn(key), store.firstStatedOn(key, ProvisionReader.VERSION))));
    }

    /**
     * The regulation page of {@code id}: the topics mapped to it and their current provisions, highest severity first
     * (a provision on two such topics is listed once).
     */
    Views.RegulationPage regulationPage(String id) {
        RegulationReference reference = regulations.references().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("no regulation reference '" + id + "'"));
        List<Topic> mapped = taxonomy.topics().stream()
                .filter(t -> regulations.referencesFor(t.id()).stream().anyMatch(r -> r.id().equals(id)))
                .toList();
        Map<String, TopicProvisionRow> byLineage = new LinkedHashMap<>();
        for (Topic topic : mapped) {
            for (TopicProvisionRow row : currentOn(topic.id()).bySeverity()) {
                byLineage.putIfAbsent(row.provision().lineageId(), row);
            }
        }
        return new Views.RegulationPage(
                reference(reference),
                mapped.stream().map(t -> topic(t.id())).toList(),
                byLineage.values().stream()
                        .sorted(BY_SEVERITY)
                        .map(Analyses::peer)
                        .toList());
    }

    /**
     * The current provisions of {@code service} read with medium severity or above, at most {@link #HIGHEST}, highest
     * first, otherwise by document and place.
     */
    List<Views.Peer> highest(String service) {
        return store
                .currentProvisionsGraded(
                        service, ProvisionReader.VERSION, EnumSet.range(Severity.MEDIUM, Severity.CRITICAL))
                .stream()
                .sorted(Comparator.comparing(GradedProvisionRow::severity).reversed())
                .limit(HIGHEST)
                .map(row ->
                        new Views.Peer(row.service(), row.termsType(), row.provision(), Optional.of(row.severity())))
                .toList();
    }

    /** The topic {@code id} with its taxonomy name, as a page names it. */
    Views.TopicRef topic(String id) {
        return new Views.TopicRef(id, name(id), 1.0, List.of());
    }

    /** Topic {@code id} by its name in the taxonomy. */
    Views.TopicName topicName(String id) {
        return new Views.TopicName(id, name(id));
    }

    /** The taxonomy's name of topic {@code id}; the id itself when the taxonomy no longer has it. */
    private String name(String id) {
        return taxonomy.topic(id).map(Topic::name).orElse(id);
    }

    private static Views.Peer peer(TopicProvisionRow row) {
        return new Views.Peer(row.service(), row.termsType(), row.provision(), row.severity());
    }

    static Views.RegulationRef reference(RegulationReference r) {
        return new Views.RegulationRef(
                r.id(),
                r.instrument(),
                r.article(),
                r.requirement(),
                r.inForce().toString());
    }
}
