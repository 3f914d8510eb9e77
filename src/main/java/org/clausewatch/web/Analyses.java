package org.clausewatch.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Regulations;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ContentStamp;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.TopicProvisionRow;

/** Turns a provision's stored reading into what the provision page and API show about it. */
final class Analyses {
    /** Other services' provisions shown under "How other platforms handle this". */
    static final int PEERS = 10;

    private final Store store;
    private final ProvisionReader reader;
    private final Taxonomy taxonomy;
    private final Regulations regulations;
    private final AtomicReference<CurrentByTopic> current =
            new AtomicReference<>(new CurrentByTopic(new ContentStamp(-1, -1, -1), new ConcurrentHashMap<>()));

    /**
     * Every service's current provisions per topic, as of one content stamp: the provision, topic and regulation
     * pages all ask for them, and they only change when a version is recorded. At most one list per topic of the
     * taxonomy is held.
     */
    private record CurrentByTopic(ContentStamp stamp, ConcurrentHashMap<String, OnTopic> rows) {}

    /**
     * The current provisions on one topic, highest severity first, then by service (otherwise in document order),
     * and how many services they come from: sorted once, so a page only filters and cuts.
     */
    record OnTopic(List<TopicProvisionRow> bySeverity, int services) {
        static final OnTopic NONE = new OnTopic(List.of(), 0);

        static OnTopic of(List<TopicProvisionRow> rows) {
            return new OnTopic(rows.stream().sorted(BY_SEVERITY).toList(), (int)
                    rows.stream().map(TopicProvisionRow::service).distinct().count());
        }
    }

    private static final Comparator<TopicProvisionRow> BY_SEVERITY = Comparator.comparingInt(
                    (TopicProvisionRow row) -> rank(row.severity()))
            .reversed()
            .thenComparing(TopicProvisionRow::service);

    /** Severities in order, not assessed below low. */
    static int rank(Optional<Severity> severity) {
        return severity.map(Enum::ordinal).orElse(-1);
    }

    Analyses(WebServer.Sources sources) {
        this.store = sources.store();
        this.reader = sources.reader();
        this.taxonomy = sources.taxonomy();
        this.regulations = sources.regulations();
    }

    /** The stored readings of these wordings, by text key. */
    java.util.Map<String, Reading> readings(java.util.Collection<String> keys) {
        return store.readings(ProvisionReader.VERSION, keys);
    }

    /** The analysis of {@code provision} of {@code document}; empty while its wording has not been read. */
    Optional<Views.ProvisionAnalysis> of(DocumentRow document, ProvisionRow provision) {
        Reading reading = readings(List.of(provision.key())).get(provision.key());
        if (reading == null) {
            return Optional.empty();
        }
        Analysis analysis = reader.analysis(document.service(), provision.text(), reading);
        List<Views.TopicRef> topics = reading.topics().stream()
                .sorted(Comparator.comparingDouble(Label::confidence).reversed())
                .map(label -> topic(label.code(), label.confidence()))
                .toList();
        Optional<Views.TopicRef> main = topics.stream().findFirst();
        OnTopic onTopic = main.map(t -> currentOn(t.id())).orElse(OnTopic.NONE);
        int watched = store.watchedServices();
        List<Views.Peer> peers = onTopic.bySeverity().stream()
                .filter(p -> !p.service().equals(document.service()))
                .limit(PEERS)
                .map(p -> new Views.Peer(p.service(), p.termsType(), p.provision(), p.severity()))
                .toList();
        return Optional.of(new Views.ProvisionAnalysis(
                reading.severity(),
                reading.confidence(),
                reading.explicit(),
                topics,
                reading.unfair().stream().map(Label::code).toList(),
                analysis.attributeMap(),
                analysis.explanation().whatItSays(),
                analysis.explanation().whatItMeans(),
                analysis.explanation().howRead(),
                analysis.explanation().notice(),
                analysis.regulations().stream()
                        .map(r -> new Views.RegulationRef(
                                r.id(),
                                r.instrument(),
                                r.article(),
                                r.requirement(),
                                r.inForce().toString()))
                        .toList(),
                main,
                onTopic.services(),
                watched,
                peers));
    }

    /** The current provisions on {@code topic}, read again only once the store's content has moved on. */
    OnTopic currentOn(String topic) {
        ContentStamp stamp = store.contentStamp();
        CurrentByTopic held = current.get();
        if (!held.stamp().equals(stamp)) {
            CurrentByTopic fresh = new CurrentByTopic(stamp, new ConcurrentHashMap<>());
            held = current.compareAndSet(held, fresh) ? fresh : current.get();
        }
        return held.rows()
                .computeIfAbsent(topic, t -> OnTopic.of(store.currentProvisionsOn(t, ProvisionReader.VERSION)));
    }

    Views.Topics topics() {
        return new Views.Topics(taxonomy.topics());
    }

    /** The topic page of {@code id}: every service's current provisions on it, optionally of one severity. */
    Views.TopicPage topicPage(String id, Optional<String> severityParam) {
        Topic topic = taxonomy.topic(id).orElseThrow(() -> new NotFound("no topic '" + id + "' in the taxonomy"));
        Optional<Severity> severity = severityParam.map(s -> Labels.parse(Severity.class, s)
                .orElseThrow(() -> new IllegalArgumentException(
                        "severity must be low, medium, high or critical, got '" + s + "'")));
        OnTopic rows = currentOn(topic.id());
        int services = rows.services();
        List<Views.Peer> shown = rows.bySeverity().stream()
                .filter(r -> severity.isEmpty() || severity.equals(r.severity()))
                .map(p -> new Views.Peer(p.service(), p.termsType(), p.provision(), p.severity()))
                .toList();
        return new Views.TopicPage(
                topic,
                severity,
                shown,
                services,
                regulations.referencesFor(topic.id()).stream()
                        .map(r -> new Views.RegulationRef(
                                r.id(),
                                r.instrument(),
                                r.article(),
                                r.requirement(),
                                r.inForce().toString()))
                        .toList());
    }

    /**
     * The regulation page of {@code id}: the topics mapped to it and their current provisions, highest severity first
     * (a provision on two such topics is listed once).
     */
    Views.RegulationPage regulationPage(String id) {
        var reference = regulations.references().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("no regulation reference '" + id + "'"));
        List<Topic> mapped = taxonomy.topics().stream()
                .filter(t -> regulations.referencesFor(t.id()).stream().anyMatch(r -> r.id().equals(id)))
                .toList();
        java.util.Map<String, TopicProvisionRow> byLineage = new java.util.LinkedHashMap<>();
        for (Topic topic : mapped) {
            for (TopicProvisionRow row : currentOn(topic.id()).bySeverity()) {
                byLineage.putIfAbsent(row.provision().lineageId(), row);
            }
        }
        return new Views.RegulationPage(
                new Views.RegulationRef(
                        reference.id(),
                        reference.instrument(),
                        reference.article(),
                        reference.requirement(),
                        reference.inForce().toString()),
                mapped.stream()
                        .map(t -> new Views.TopicRef(t.id(), t.name(), 1.0))
                        .toList(),
                byLineage.values().stream()
                        .sorted(BY_SEVERITY)
                        .map(p -> new Views.Peer(p.service(), p.termsType(), p.provision(), p.severity()))
                        .toList());
    }

    /** The current provisions of {@code documents} read with the highest severity, at most {@link #PEERS}. */
    List<Views.Peer> highest(List<org.clausewatch.store.Browsing.DocumentSummary> documents) {
        List<Views.Peer> all = new java.util.ArrayList<>();
        for (var summary : documents) {
            DocumentRow document = summary.document();
            store.latestVersion(document.id()).ifPresent(version -> {
                List<ProvisionRow> provisions = store.provisions(version.id());
                var readings = readings(
                        provisions.stream().map(ProvisionRow::key).collect(java.util.stream.Collectors.toSet()));
                for (ProvisionRow p : provisions) {
                    Reading reading = readings.get(p.key());
                    Optional<Severity> severity = reading == null ? Optional.empty() : reading.severity();
                    if (severity.filter(s -> s.compareTo(Severity.MEDIUM) >= 0).isPresent()) {
                        all.add(new Views.Peer(document.service(), document.termsType(), p, severity));
                    }
                }
            });
        }
        return all.stream()
                .sorted(Comparator.comparingInt((Views.Peer peer) -> rank(peer.severity()))
                        .reversed())
                .limit(PEERS)
                .toList();
    }

    /** The topic {@code id} with its taxonomy name; the id itself when the taxonomy no longer has it. */
    Views.TopicRef topic(String id, double confidence) {
        return new Views.TopicRef(id, taxonomy.topic(id).map(Topic::name).orElse(id), confidence);
    }
}
