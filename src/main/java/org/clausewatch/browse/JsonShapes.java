package org.clausewatch.browse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.analysis.attribute.Explanation;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Labels;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.Browsing;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.SearchHit;
import org.clausewatch.store.TrackingStatus;
import org.clausewatch.store.VersionRow;

/**
 * The JSON shapes of what ClauseWatch shows, one per kind of thing, shared by the API ({@code /api/v1}, described by
 * its {@code openapi.json}) and every command's {@code --json}: a provision, a version, a change or a capture carries
 * the same fields under the same names wherever it appears. Times are ISO-8601 UTC to the millisecond; absent values
 * are left out rather than invented; {@code url} is the path of the thing's page on the web application.
 */
public final class JsonShapes {
    private JsonShapes() {}

    /** An instant as every output writes it: ISO-8601 UTC, to the second or millisecond as recorded. */
    public static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    public static Map<String, Object> documentRef(DocumentRow d) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", d.service());
        node.put("termsType", d.termsType());
        node.put("url", Links.document(d.service(), d.termsType()));
        return node;
    }

    public static Map<String, Object> service(Browsing.ServiceSummary s) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", s.service());
        node.put("slug", Links.slug(s.service()));
        node.put("documents", s.documents());
        node.put("versions", s.versions());
        s.latestVersionAt().ifPresent(at -> node.put("latestVersionAt", time(at)));
        node.put("url", Links.service(s.service()));
        return node;
    }

    public static Map<String, Object> document(Browsing.DocumentSummary d) {
        Map<String, Object> node = documentRef(d.document());
        node.put("versions", d.versions());
        node.put("changes", d.changes());
        d.firstVersionAt().ifPresent(at -> node.put("firstVersionAt", time(at)));
        d.latestVersionAt().ifPresent(at -> node.put("latestVersionAt", time(at)));
        return node;
    }

    /** A document with how its tracking stands: the last success and the failure in force, if any. */
    public static Map<String, Object> status(DocumentRow document, TrackingStatus status) {
        Map<String, Object> node = documentRef(document);
        node.putAll(tracking(status));
        return node;
    }

    public static Map<String, Object> tracking(TrackingStatus status) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("lastSuccessAt", status.lastSuccessAt().map(JsonShapes::time).orElse(null));
        status.currentFailure().ifPresent(f -> {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("class", f.failureClass().label());
            failure.put("message", f.message());
            failure.put("since", time(f.since()));
            failure.put("lastAttemptAt", time(f.lastAttemptAt()));
            node.put("failure", failure);
        });
        return node;
    }

    public static Map<String, Object> version(VersionRow v) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", v.id());
        node.put("capturedAt", time(v.capturedAt()));
        node.put("sha256", v.sha256().hex());
        node.put("bytes", v.bytes());
        node.put("flags", Labels.sorted(v.flags()));
        node.put("extractorVersion", v.extractorVersion());
        node.put("captureIds", v.captureIds());
        return node;
    }

    /** A version with its document, Markdown and provisions, each with what was read in it. */
    public static Map<String, Object> text(Views.VersionText text) {
        Map<String, Object> node = version(text.version());
        node.put("document", documentRef(text.document()));
        node.put("markdown", text.markdown());
        node.put(
                "provisions",
                text.provisions().stream().map(JsonShapes::provision).toList());
        return node;
    }

    /** A provision's place and words. */
    public static Map<String, Object> provision(ProvisionRow p) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("lineageId", p.lineageId());
        node.put("position", p.position());
        node.put("page", p.page());
        node.put("kind", Labels.of(p.kind()));
        node.put("path", p.path());
        p.context().ifPresent(c -> node.put("context", c));
        node.put("text", p.text());
        node.put("url", Links.provision(p.lineageId()));
        return node;
    }

    /** A provision and, once its wording is read, what was read in it (see {@link #reading}). */
    public static Map<String, Object> provision(Views.ReadProvision read) {
        Map<String, Object> node = provision(read.provision());
        read.analysis().ifPresent(a -> node.putAll(reading(a)));
        return node;
    }

    /**
     * What was read in a wording: {@code topics} (id, name, confidence, evidence, url; most confident first),
     * {@code unfair} (codes), {@code severity} (null: not assessed), {@code confidence}, {@code explicit},
     * {@code language}, {@code rule}, {@code attributes} (name → values), {@code analysis} and {@code regulations}.
     */
    public static Map<String, Object> reading(Views.ProvisionAnalysis a) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("topics", a.topics().stream().map(JsonShapes::topic).toList());
        node.put("unfair", a.unfair());
        node.put("severity", severity(a.severity()));
        node.put("confidence", a.confidence());
        node.put("explicit", a.explicit());
        node.put("language", a.language());
        node.put("rule", a.rule());
        node.put("attributes", a.attributes());
        node.put("analysis", analysis(a.analysis()));
        node.put(
                "regulations",
                a.regulations().stream().map(JsonShapes::regulation).toList());
        return node;
    }

    /**
     * The plain-language analysis: {@code whatItSays}, {@code whatItMeans}, {@code howRead} (lines), {@code notice},
     * and the {@code evidence} of each attribute (name, value, the words it was read from).
     */
    public static Map<String, Object> analysis(Analysis analysis) {
        Explanation explanation = analysis.explanation();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("whatItSays", explanation.whatItSays());
        node.put("whatItMeans", explanation.whatItMeans());
        node.put("howRead", explanation.howRead());
        node.put("notice", explanation.notice());
        node.put(
                "evidence",
                analysis.attributes().stream()
                        .map(at -> Map.of("name", at.name(), "value", at.value(), "evidence", at.evidence()))
                        .toList());
        return node;
    }

    /**
     * The reading of a text that is not recorded ({@code classify --scheme reading}): {@code topics} and
     * {@code unfair} as codes, {@code attributes}, {@code severity} (null: not assessed), {@code confidence},
     * {@code explicit}, {@code rule} and the {@code analysis}, named as in a provision's reading.
     */
    public static Map<String, Object> reading(Reading reading, Analysis analysis) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("topics", reading.topicIds());
        node.put("unfair", reading.unfair().stream().map(Label::code).toList());
        node.put("attributes", analysis.attributeMap());
        node.put("severity", severity(reading.severity()));
        node.put("confidence", reading.confidence());
        node.put("explicit", reading.explicit());
        node.put("rule", reading.rule());
        node.put("analysis", analysis(analysis));
        return node;
    }

    public static Map<String, Object> topic(Views.TopicRef t) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", t.id());
        node.put("name", t.name());
        node.put("confidence", t.confidence());
        node.put("evidence", t.evidence());
        node.put("url", Links.topic(t.id()));
        return node;
    }

    public static Map<String, Object> regulation(Views.RegulationRef r) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", r.id());
        node.put("instrument", r.instrument());
        node.put("article", r.article());
        node.put("requirement", r.requirement());
        node.put("inForce", r.inForce());
        node.put("url", Links.regulation(r.id()));
        return node;
    }

    /** A provision's page: its latest wording as read, its wordings over time, its change items and comparison. */
    public static Map<String, Object> provisionPage(Views.Provision view) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("lineageId", view.lineageId());
        node.put("document", documentRef(view.document()));
        node.put("current", view.current());
        node.put("latest", provision(new Views.ReadProvision(view.latest(), view.analysis())));
        node.put("latestAt", time(view.latestAt()));
        node.put("timesChanged", view.timesChanged());
        node.put("wordings", view.wordings().stream().map(JsonShapes::wording).toList());
        node.put(
                "changes",
                view.changes().stream()
                        .map(c -> {
                            Map<String, Object> change = item(c.item());
                            change.put("changeId", c.changeId());
                            change.put("at", time(c.at()));
                            return change;
                        })
                        .toList());
        view.capture().ifPresent(c -> node.put("captureId", c.id()));
        view.comparison().ifPresent(c -> node.put("comparison", comparison(c)));
        return node;
    }

    private static Map<String, Object> wording(Views.Wording w) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("text", w.text());
        node.put("path", w.path());
        node.put("from", time(w.from()));
        node.put("until", time(w.until()));
        node.put("versionId", w.versionId());
        return node;
    }

    /**
     * How the services watched handle a topic: the topic, {@code servicesWatched}, {@code servicesOnTopic}, the
     * sentence that compares them ({@code line}), each stance with its services, each service's row ({@code services})
     * and, for a provision, its {@code peers}.
     */
    public static Map<String, Object> comparison(Views.Comparison c) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("topic", topic(c.topic()));
        node.put("servicesWatched", c.servicesWatched());
        node.put("servicesOnTopic", c.services().size());
        node.put("line", c.line());
        node.put(
                "stances",
                c.stances().stream()
                        .map(s -> Map.of("stance", s.stance(), "services", s.services()))
                        .toList());
        node.put("services", peers(c.services()));
        node.put("peers", peers(c.peers()));
        return node;
    }

    /** Services' provisions on a topic: service, termsType, severity, summary and stance when known, provision. */
    public static List<Map<String, Object>> peers(List<Views.Peer> peers) {
        return peers.stream()
                .map(p -> {
                    Map<String, Object> peer = new LinkedHashMap<>();
                    peer.put("service", p.service());
                    peer.put("termsType", p.termsType());
                    peer.put("severity", severity(p.severity()));
                    p.summary().ifPresent(s -> peer.put("summary", s));
                    p.stance().ifPresent(s -> peer.put("stance", s));
                    peer.put("provision", provision(p.provision()));
                    return peer;
                })
                .toList();
    }

    public static List<Map<String, Object>> topics(Views.Topics topics) {
        return topics.topics().stream()
                .map(t -> {
                    Map<String, Object> node = new LinkedHashMap<>();
                    node.put("id", t.id());
                    node.put("group", t.group());
                    node.put("name", t.name());
                    node.put("definition", t.definition());
                    node.put("url", Links.topic(t.id()));
                    return node;
                })
                .toList();
    }

    /** A topic with every service's current provisions on it, the comparison of services and its regulations. */
    public static Map<String, Object> topicPage(Views.TopicPage page) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", page.topic().id());
        node.put("name", page.topic().name());
        node.put("definition", page.topic().definition());
        page.severity().ifPresent(s -> node.put("severity", Labels.of(s)));
        node.put("services", page.services());
        node.put("servicesWatched", page.comparison().servicesWatched());
        node.put("provisions", peers(page.provisions()));
        node.put("comparison", comparison(page.comparison()));
        node.put(
                "regulations",
                page.regulations().stream().map(JsonShapes::regulation).toList());
        return node;
    }

    public static Map<String, Object> regulationPage(Views.RegulationPage page) {
        Map<String, Object> node = regulation(page.regulation());
        node.put("topics", page.topics().stream().map(Views.TopicRef::id).toList());
        node.put("provisions", peers(page.provisions()));
        return node;
    }

    /** A change record without its items: {@code itemCount} says how many it has. */
    public static Map<String, Object> changeHead(Views.ChangeLine line) {
        return ChangeShapes.head(line);
    }

    /**
     * A change record with every item in detail: the document an item moved from or to, its {@code topics} and
     * {@code severity}, and for a modified provision its {@code attributeChanges}.
     */
    public static Map<String, Object> change(Views.ChangeDetail detail) {
        return ChangeShapes.change(detail);
    }

    /** A change item: kind, lineageId, path, before, after, redline, significance, summary. */
    public static Map<String, Object> item(ChangeItemRow item) {
        return ChangeShapes.item(item);
    }

    /**
     * A capture's label. {@code refusedRequests} ({@code total}, {@code kept}) lists what a rendered page tried to
     * load that ClauseWatch refused, and is left out when it cannot be known here.
     */
    public static Map<String, Object> capture(Views.Capture label) {
        CaptureRow c = label.capture();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", c.id());
        node.put("url", c.url());
        node.put("fetchedAt", time(c.fetchedAt()));
        node.put("status", c.status());
        node.put("mediaType", c.mediaType());
        node.put("sha256", c.payloadDigest().hex());
        node.put("bytes", c.payloadBytes());
        node.put("revisit", c.revisit());
        node.put("rendered", c.rendered());
        node.put("warcRecordId", c.warcRecordId());
        node.put("warcFile", c.warcFile());
        node.put("warcOffset", c.warcOffset());
        node.put("raw", Links.rawCapture(c.id()));
        label.refused().ifPresent(r -> node.put("refusedRequests", refusals(r)));
        return node;
    }

    /** A capture's label with {@code verified}: whether {@code payload}, read from the archive, has its digest. */
    public static Map<String, Object> capture(Views.Capture label, Bytes payload) {
        Map<String, Object> node = capture(label);
        node.put("verified", payload.sha256().equals(label.capture().payloadDigest()));
        return node;
    }

    private static Map<String, Object> refusals(RefusedRequests refused) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("total", refused.total());
        node.put("kept", refused.kept());
        return node;
    }

    /** A search hit: its document, lineage, heading path, excerpt as runs {@code [{text, match}]}, when it held. */
    public static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("document", documentRef(h.document()));
        node.put("lineageId", h.lineageId());
        node.put("path", h.path());
        node.put(
                "excerpt",
                h.segments().stream()
                        .map(s -> Map.<String, Object>of("text", s.text(), "match", s.match()))
                        .toList());
        node.put("firstSeenAt", time(h.firstSeenAt()));
        node.put("lastSeenAt", time(h.lastSeenAt()));
        node.put("current", h.current());
        node.put("url", Links.provision(h.lineageId()));
        return node;
    }

    static String severity(Optional<Severity> severity) {
        return severity.map(Labels::of).orElse(null);
    }
}
