package org.clausewatch.browse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.Browsing.ChangeSummary;
import org.clausewatch.store.Browsing.DocumentSummary;
import org.clausewatch.store.Browsing.LineageChange;
import org.clausewatch.store.Browsing.ServiceSummary;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentMoveRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.FailureRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.SearchHit;
import org.clausewatch.store.TrackingStatus;
import org.clausewatch.store.VersionRow;

/**
 * What each page, API answer and {@code --json} output shows, one record per page. They hold only what is recorded:
 * analysis (topics, severity, attributes, explanations) is absent until it is stored, and the pages render its
 * sections only when it is present. Public because the precompiled templates live in jte's package.
 */
public final class Views {
    private Views() {}

    /**
     * How a provision is named where it is listed rather than shown (a subscription watching it): its service and
     * document, its heading path, the first words of its latest wording, and whether the document still holds it.
     */
    public record ProvisionName(
            String lineageId, String service, String termsType, List<String> path, String opening, boolean current) {
        /** Words of the wording an opening keeps. */
        static final int WORDS = 12;

        public ProvisionName {
            path = List.copyOf(path);
        }
    }

    /** A document and how its tracking stands. */
    public record DocumentStatus(DocumentRow document, TrackingStatus status) {}

    /**
     * A change in a list: the record with its number of items, its topics by name, and why it was not alerted when it
     * is not a change of the terms (see {@link Change}).
     */
    public record ChangeLine(ChangeSummary summary, List<TopicName> topics, Optional<String> notAlerted) {
        public ChangeLine {
            topics = List.copyOf(topics);
        }

        public ChangeRow change() {
            return summary.change();
        }

        public int items() {
            return summary.items();
        }
    }

    public record Home(
            List<ChangeLine> latestChanges,
            List<ServiceSummary> services,
            List<DocumentStatus> failing,
            int documents,
            int versions) {}

    /** {@code highest}: the service's current provisions of the highest severity, at most ten. */
    public record Service(
            String name,
            List<DocumentSummary> documents,
            int changedLast30Days,
            List<ChangeLine> recentChanges,
            List<Peer> highest,
            Timeline timeline) {}

    /** One bar of the changes-over-time chart, in SVG user units. */
    public record Bar(int x, int y, int width, int height, String label, int count) {}

    public record Chart(int width, int height, List<Bar> bars, String caption) {}

    /**
     * A provision of the shown version, with whether its heading path differs from the one before it, and the
     * severity and topic ids of its reading (empty while unread).
     */
    public record ProvisionLine(
            ProvisionRow provision, boolean newSection, Optional<Severity> severity, List<String> topics) {}

    public record Document(
            DocumentSummary summary,
            Optional<VersionRow> shown,
            boolean latest,
            List<ProvisionLine> provisions,
            List<VersionRow> versions,
            List<ChangeLine> changes,
            Chart chart,
            TrackingStatus status,
            List<FailureRow> failures,
            List<CaptureRow> captures) {
        public DocumentRow document() {
            return summary.document();
        }
    }

    /**
     * A redline between two versions: a recorded change ({@code changeId} present) or one computed between any two
     * versions. {@code summary} leads with what changed in meaning; {@code topics} (by name) and {@code severity} are
     * those recorded with the change; {@code notAlerted} says why a change that is not one of the terms (an extractor
     * upgrade, an import, a flip back) reached no subscriber. {@code collapsed} when the change is cosmetic or an
     * oscillation, so it is shown folded.
     */
    public record Change(
            DocumentRow document,
            Optional<Long> changeId,
            VersionRow from,
            VersionRow to,
            Significance significance,
            Set<ChangeRecord.Flag> flags,
            String summary,
            List<TopicName> topics,
            Optional<Severity> severity,
            Optional<String> notAlerted,
            List<ItemDetail> items,
            boolean collapsed,
            List<VersionRow> versions) {
        /** Whether the new text is one the document had shortly before (A → B → A). */
        public boolean oscillation() {
            return flags.contains(ChangeRecord.Flag.OSCILLATION);
        }
    }

    /** One wording of a provision and the span of versions that held it. */
    public record Wording(String text, List<String> path, Instant from, Instant until, long versionId) {}

    /**
     * A provision's page: its latest wording and history, what was read in that wording once it is read, and how the
     * other services watched handle its main topic.
     */
    public record Provision(
            String lineageId,
            DocumentRow document,
            ProvisionRow latest,
            Instant latestAt,
            boolean current,
            List<Wording> wordings,
            List<LineageChange> changes,
            Optional<CaptureRow> capture,
            Optional<ProvisionAnalysis> analysis,
            Optional<Comparison> comparison,
            Timeline history) {
        /** Wordings after the first: how many times the text changed. */
        public int timesChanged() {
            return wordings.size() - 1;
        }
    }

    /** A topic of the taxonomy as pages name it, with the confidence and evidence of the reading that found it. */
    public record TopicRef(String id, String name, double confidence, List<String> evidence) {}

    /** A regulation reference potentially relevant to a provision's topics. */
    public record RegulationRef(String id, String instrument, String article, String requirement, String inForce) {}

    /**
     * A service's current provision on a topic, with its severity; as a peer of another provision also its one-line
     * summary and the stance it is counted under when services are compared.
     */
    public record Peer(
            String service,
            String termsType,
            ProvisionRow provision,
            Optional<Severity> severity,
            Optional<String> summary,
            Optional<String> stance) {
        Peer(String service, String termsType, ProvisionRow provision, Optional<Severity> severity) {
            this(service, termsType, provision, severity, Optional.empty(), Optional.empty());
        }
    }

    /**
     * What ClauseWatch read in one wording of one service: the stored reading with its topics named (most confident
     * first), and the analysis generated from it with the service's name.
     */
    public record ProvisionAnalysis(
            Reading reading, List<TopicRef> topics, Analysis analysis, List<RegulationRef> regulations) {
        public Optional<Severity> severity() {
            return reading.severity();
        }

        public double confidence() {
            return reading.confidence();
        }

        public boolean explicit() {
            return reading.explicit();
        }

        /** The id of the published rule that decided the severity, or "none". */
        public String rule() {
            return reading.rule();
        }

        public List<String> unfair() {
            return reading.unfair().stream()
                    .map(org.clausewatch.analysis.Label::code)
                    .toList();
        }

        public Map<String, List<String>> attributes() {
            return analysis.attributeMap();
        }

        public String whatItSays() {
            return analysis.explanation().whatItSays();
        }

        public String whatItMeans() {
            return analysis.explanation().whatItMeans();
        }

        public List<String> howRead() {
            return analysis.explanation().howRead();
        }

        public String notice() {
            return analysis.explanation().notice();
        }

        public String language() {
            return explicit() ? "explicit document language" : "inferred";
        }

        public String confidencePercent() {
            return Math.round(confidence() * 100) + "%";
        }
    }

    /** A provision of a version with what was read in it, once it is read. */
    public record ReadProvision(ProvisionRow provision, Optional<ProvisionAnalysis> analysis) {}

    /** A version with its Markdown and its provisions, each with what was read in it. */
    public record VersionText(
            VersionRow version, DocumentRow document, String markdown, List<ReadProvision> provisions) {}

    /** The services that take one stance on a topic. */
    public record Stance(String stance, List<String> services) {}

    /**
     * How the services watched handle one topic: each service on it once ({@code services}, with the provision that
     * gives its stance), the stances counted, the sentence that says so, and for a provision page its {@code peers}:
     * each other service's provision most like it, most similar first.
     */
    public record Comparison(
            TopicRef topic,
            int servicesWatched,
            List<Peer> services,
            List<Stance> stances,
            String line,
            List<Peer> peers) {}

    /** A topic of the taxonomy by id and name, as changes and their items name the topics they touch. */
    public record TopicName(String id, String name) {}

    /**
     * One item of a change with what it is about: a move across documents, the topics (by name) and severity of its
     * provision, and for a modified provision whose reading changed, what changed in it (the delta sentences).
     */
    public record ItemDetail(
            ChangeItemRow item,
            Optional<DocumentMoveRow> documentMove,
            List<TopicName> topics,
            Optional<Severity> severity,
            Optional<ChangeAnalysis> attributeChanges) {
        public ItemDetail {
            topics = List.copyOf(topics);
        }
    }

    /**
     * A change record with its topics by name, why it was not alerted when it was not (see {@link Change}), and every
     * item in detail.
     */
    public record ChangeDetail(
            ChangeRow change, List<TopicName> topics, Optional<String> notAlerted, List<ItemDetail> items) {}

    /** The taxonomy's topics, for the topics index. */
    public record Topics(List<org.clausewatch.knowledge.Topic> topics) {}

    /**
     * Every service's current provisions on one topic, highest severity first, optionally only those of
     * {@code severity}; {@code services} is how many services have one.
     */
    public record TopicPage(
            org.clausewatch.knowledge.Topic topic,
            Optional<Severity> severity,
            List<Peer> provisions,
            Comparison comparison,
            List<RegulationRef> regulations,
            Timeline timeline) {
        /** How many services have a current provision on the topic. */
        public int services() {
            return comparison.services().size();
        }
    }

    /** One regulation reference and the current provisions of the topics it is mapped to. */
    public record RegulationPage(RegulationRef regulation, List<TopicRef> topics, List<Peer> provisions) {}

    /** The filters of a search as the request gave them, to fill the form again and link the next page. */
    public record SearchFilters(
            Optional<String> service,
            Optional<String> termsType,
            Optional<String> topic,
            Optional<String> severity,
            String from,
            String to) {
        /** Whether {@code value} is what the filter {@code chosen} holds, to mark the option selected. */
        public static boolean chosen(Optional<String> chosen, String value) {
            return chosen.isPresent() && chosen.orElseThrow().equalsIgnoreCase(value);
        }

        /** The filters as query parameters, each already URL-encoded, to append to a search link. */
        public String query() {
            StringBuilder query = new StringBuilder();
            service.ifPresent(v -> query.append("&service=").append(Links.encode(v)));
            termsType.ifPresent(v -> query.append("&type=").append(Links.encode(v)));
            topic.ifPresent(v -> query.append("&topic=").append(Links.encode(v)));
            severity.ifPresent(v -> query.append("&severity=").append(Links.encode(v)));
            if (!from.isEmpty()) {
                query.append("&from=").append(Links.encode(from));
            }
            if (!to.isEmpty()) {
                query.append("&to=").append(Links.encode(to));
            }
            return query.toString();
        }
    }

    public record Search(
            String text,
            SearchFilters filters,
            List<String> services,
            List<String> termsTypes,
            List<org.clausewatch.knowledge.Topic> topics,
            List<String> severities,
            List<SearchHit> hits,
            int page,
            boolean more,
            Optional<String> problem) {
        /** The link to the next page of results. */
        public String nextPage() {
            return "/search?q=" + Links.encode(text) + filters.query() + "&page=" + (page + 1);
        }
    }

    /**
     * A capture's label. {@code available}: whether the archive that holds it is available here; {@code refused}: what
     * the page asked for while it was rendered that ClauseWatch refused (none for a plain fetch), empty when it cannot
     * be known, and then {@code refusalsUnreadable} says why if the archive could not be read.
     */
    public record Capture(
            CaptureRow capture,
            Optional<DocumentRow> document,
            boolean available,
            Optional<RefusedRequests> refused,
            Optional<String> refusalsUnreadable) {
        /** The refusals to list on the page: none when they are not known. */
        public RefusedRequests shownRefusals() {
            return refused.orElse(RefusedRequests.none());
        }
    }

    /** What the error page shows. */
    public record Problem(int status, String title, String detail) {}

    /** Methodology and About pages: only the counts, so that the page says what this instance holds. */
    public record About(int services, int documents, int versions) {}

    /** The methodology page: the counts, the reader version and the severity rule table the grades come from. */
    public record Methodology(About about, String readerVersion, List<SeverityRule> rules) {}

    /** One row of the published severity rule table. */
    public record SeverityRule(
            String id, String severity, String basis, String confidence, String conditions, String rationale) {}
}
