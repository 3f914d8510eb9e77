package org.clausewatch.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.common.Labels;
import org.clausewatch.fetch.RefusedRequests;
import org.clausewatch.store.Browsing;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.SearchHit;
import org.clausewatch.store.TrackingStatus;
import org.clausewatch.store.VersionRow;

/**
 * The JSON shapes of the API, built explicitly so that they match {@code openapi.json} field for field. Times are
 * ISO-8601 UTC strings; absent values are left out rather than invented (analysis fields appear once stored).
 */
final class ApiJson {
    private ApiJson() {}

    static Map<String, Object> service(Browsing.ServiceSummary s) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", s.service());
        node.put("slug", Links.slug(s.service()));
        node.put("documents", s.documents());
        node.put("versions", s.versions());
        s.latestVersionAt().ifPresent(at -> node.put("latestVersionAt", at.toString()));
        node.put("url", Links.service(s.service()));
        return node;
    }

    static Map<String, Object> documentRef(DocumentRow d) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", d.service());
        node.put("termsType", d.termsType());
        node.put("url", Links.document(d.service(), d.termsType()));
        return node;
    }

    static Map<String, Object> document(Browsing.DocumentSummary d) {
        Map<String, Object> node = documentRef(d.document());
        node.put("versions", d.versions());
        node.put("changes", d.changes());
        d.firstVersionAt().ifPresent(at -> node.put("firstVersionAt", at.toString()));
        d.latestVersionAt().ifPresent(at -> node.put("latestVersionAt", at.toString()));
        return node;
    }

    static Map<String, Object> status(TrackingStatus status) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("lastSuccessAt", status.lastSuccessAt().map(Object::toString).orElse(null));
        status.currentFailure().ifPresent(f -> {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("class", f.failureClass().label());
            failure.put("message", f.message());
            failure.put("since", f.since().toString());
            failure.put("lastAttemptAt", f.lastAttemptAt().toString());
            node.put("failure", failure);
        });
        return node;
    }

    static Map<String, Object> version(VersionRow v) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", v.id());
        node.put("capturedAt", v.capturedAt().toString());
        node.put("sha256", v.sha256().hex());
        node.put("bytes", v.bytes());
        node.put("flags", Labels.sorted(v.flags()));
        node.put("extractorVersion", v.extractorVersion());
        node.put("captureIds", v.captureIds());
        return node;
    }

    static Map<String, Object> provision(ProvisionRow p) {
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

    static Map<String, Object> provisionHistory(Views.Provision view) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("lineageId", view.lineageId());
        node.put("document", documentRef(view.document()));
        node.put("current", view.current());
        node.put("latest", provision(view.latest()));
        node.put("latestAt", view.latestAt().toString());
        node.put("timesChanged", view.timesChanged());
        node.put(
                "wordings",
                view.wordings().stream()
                        .map(w -> {
                            Map<String, Object> wording = new LinkedHashMap<>();
                            wording.put("text", w.text());
                            wording.put("path", w.path());
                            wording.put("from", w.from().toString());
                            wording.put("until", w.until().toString());
                            wording.put("versionId", w.versionId());
                            return wording;
                        })
                        .toList());
        node.put(
                "changes",
                view.changes().stream()
                        .map(c -> {
                            Map<String, Object> change = item(c.item());
                            change.put("changeId", c.changeId());
                            change.put("at", c.at().toString());
                            return change;
                        })
                        .toList());
        view.capture().ifPresent(c -> node.put("captureId", c.id()));
        view.analysis().ifPresent(a -> node.put("analysis", analysis(a)));
        return node;
    }

    static Map<String, Object> analysis(Views.ProvisionAnalysis a) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("severity", a.severity().map(Labels::of).orElse(null));
        node.put("confidence", a.confidence());
        node.put("explicit", a.explicit());
        node.put("language", a.language());
        node.put("topics", a.topics().stream().map(ApiJson::topic).toList());
        node.put("unfair", a.unfair());
        node.put("attributes", a.attributes());
        node.put("whatItSays", a.whatItSays());
        node.put("whatItMeans", a.whatItMeans());
        node.put("howRead", a.howRead());
        node.put("notice", a.notice());
        node.put(
                "regulations",
                a.regulations().stream()
                        .map(r -> {
                            Map<String, Object> ref = new LinkedHashMap<>();
                            ref.put("id", r.id());
                            ref.put("instrument", r.instrument());
                            ref.put("article", r.article());
                            ref.put("requirement", r.requirement());
                            ref.put("inForce", r.inForce());
                            ref.put("url", Links.regulation(r.id()));
                            return ref;
                        })
                        .toList());
        a.mainTopic().ifPresent(t -> node.put("mainTopic", t.id()));
        node.put("servicesOnTopic", a.servicesOnTopic());
        node.put("servicesWatched", a.servicesWatched());
        node.put(
                "otherPlatforms",
                a.peers().stream()
                        .map(p -> {
                            Map<String, Object> peer = new LinkedHashMap<>();
                            peer.put("service", p.service());
                            peer.put("termsType", p.termsType());
                            peer.put("severity", p.severity().map(Labels::of).orElse(null));
                            peer.put("provision", provision(p.provision()));
                            return peer;
                        })
                        .toList());
        return node;
    }

    static List<Map<String, Object>> topics(Views.Topics topics) {
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

    static Map<String, Object> topicPage(Views.TopicPage page) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", page.topic().id());
        node.put("name", page.topic().name());
        node.put("definition", page.topic().definition());
        page.severity().ifPresent(s -> node.put("severity", Labels.of(s)));
        node.put("services", page.services());
        node.put("provisions", peers(page.provisions()));
        node.put(
                "regulations",
                page.regulations().stream().map(ApiJson::regulation).toList());
        return node;
    }

    static Map<String, Object> regulationPage(Views.RegulationPage page) {
        Map<String, Object> node = regulation(page.regulation());
        node.put("topics", page.topics().stream().map(t -> t.id()).toList());
        node.put("provisions", peers(page.provisions()));
        return node;
    }

    static Map<String, Object> regulation(Views.RegulationRef r) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", r.id());
        ref.put("instrument", r.instrument());
        ref.put("article", r.article());
        ref.put("requirement", r.requirement());
        ref.put("inForce", r.inForce());
        ref.put("url", Links.regulation(r.id()));
        return ref;
    }

    static List<Map<String, Object>> peers(List<Views.Peer> peers) {
        return peers.stream()
                .map(p -> {
                    Map<String, Object> peer = new LinkedHashMap<>();
                    peer.put("service", p.service());
                    peer.put("termsType", p.termsType());
                    peer.put("severity", p.severity().map(Labels::of).orElse(null));
                    peer.put("provision", provision(p.provision()));
                    return peer;
                })
                .toList();
    }

    static Map<String, Object> topic(Views.TopicRef t) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", t.id());
        node.put("name", t.name());
        node.put("confidence", t.confidence());
        node.put("url", Links.topic(t.id()));
        return node;
    }

    static Map<String, Object> changeHead(Browsing.ChangeSummary summary) {
        Map<String, Object> node = head(summary.change());
        node.put("items", summary.items());
        return node;
    }

    static Map<String, Object> change(ChangeRow change) {
        Map<String, Object> node = head(change);
        node.put("items", change.items().stream().map(ApiJson::item).toList());
        return node;
    }

    private static Map<String, Object> head(ChangeRow c) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", c.id());
        node.put("document", documentRef(c.document()));
        node.put("fromVersionId", c.fromVersionId());
        node.put("fromCapturedAt", c.fromCapturedAt().toString());
        node.put("toVersionId", c.toVersionId());
        node.put("capturedAt", c.toCapturedAt().toString());
        node.put("significance", Labels.of(c.significance()));
        node.put("flags", Labels.sorted(c.flags()));
        node.put("summary", c.summary());
        node.put("url", Links.change(c.id()));
        return node;
    }

    static Map<String, Object> item(ChangeItemRow i) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("kind", Labels.of(i.kind()));
        node.put("lineageId", i.lineageId());
        node.put("path", i.path());
        i.before().ifPresent(b -> node.put("before", b));
        i.after().ifPresent(a -> node.put("after", a));
        if (!i.redline().isEmpty()) {
            node.put(
                    "redline",
                    i.redline().stream()
                            .map(r -> Map.of("op", Labels.of(r.op()), "text", r.text()))
                            .toList());
        }
        node.put("significance", Labels.of(i.significance()));
        node.put("summary", i.summary());
        return node;
    }

    /**
     * A capture's metadata; {@code refused} lists what a rendered page tried to load that ClauseWatch refused, and is
     * left out when this server cannot read it (no archive).
     */
    static Map<String, Object> capture(CaptureRow c, Optional<RefusedRequests> refused) {
        Map<String, Object> node = capture(c);
        node.put("rendered", c.rendered());
        refused.ifPresent(r -> {
            Map<String, Object> refusals = new LinkedHashMap<>();
            refusals.put("total", r.total());
            refusals.put("kept", r.kept());
            node.put("refusedRequests", refusals);
        });
        return node;
    }

    private static Map<String, Object> capture(CaptureRow c) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", c.id());
        node.put("url", c.url());
        node.put("fetchedAt", c.fetchedAt().toString());
        node.put("status", c.status());
        node.put("mediaType", c.mediaType());
        node.put("sha256", c.payloadDigest().hex());
        node.put("bytes", c.payloadBytes());
        node.put("revisit", c.revisit());
        node.put("warcRecordId", c.warcRecordId());
        node.put("raw", Links.rawCapture(c.id()));
        return node;
    }

    static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("document", documentRef(h.document()));
        node.put("lineageId", h.lineageId());
        node.put("path", h.path());
        List<Map<String, Object>> excerpt = Show.segments(h.excerpt()).stream()
                .map(s -> Map.<String, Object>of("text", s.text(), "match", s.match()))
                .toList();
        node.put("excerpt", excerpt);
        node.put("firstSeenAt", h.firstSeenAt().toString());
        node.put("lastSeenAt", h.lastSeenAt().toString());
        node.put("current", h.current());
        node.put("url", Links.provision(h.lineageId()));
        return node;
    }
}
