package org.clausewatch.browse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.Browsing;
import org.clausewatch.store.Browsing.ChangeQuery;
import org.clausewatch.store.Browsing.ChangeSummary;
import org.clausewatch.store.Browsing.DocumentSummary;
import org.clausewatch.store.Browsing.LineageChange;
import org.clausewatch.store.Browsing.ProvisionOccurrence;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.FailureRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.TrackingStatus;
import org.clausewatch.store.VersionRow;

/** Gathers from the store what each page of a service, document, change or provision shows. */
final class Pages {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final int RECENT = 20;
    /** Failures a document page lists. */
    static final int FAILURES = 10;

    private final Store store;
    private final Browsing browsing;
    private final Analyses analyses;
    private final Supplier<ProvisionReader> reader;
    private final ChangeDetails details;
    private final ByStamp<String, ServiceContent> services;

    Pages(Store store, Analyses analyses, Supplier<ProvisionReader> reader, ChangeDetails details) {
        this.store = store;
        this.browsing = store.browsing();
        this.analyses = analyses;
        this.reader = reader;
        this.details = details;
        this.services = new ByStamp<>(store::contentStamp);
    }

    Views.Home home() {
        List<Views.DocumentStatus> failing = new ArrayList<>();
        for (DocumentRow document : store.documents()) {
            var status = store.status(document.id());
            if (status.currentFailure().isPresent()) {
                failing.add(new Views.DocumentStatus(document, status));
            }
        }
        var services = browsing.services();
        ChangeQuery substantive = new ChangeQuery(
                Optional.empty(),
                Optional.empty(),
                List.of(Significance.SUBSTANTIVE),
                Optional.empty(),
                Optional.empty(),
                RECENT,
                0);
        return new Views.Home(
                changeLines(browsing.changes(substantive)),
                services,
                failing,
                services.stream().mapToInt(Browsing.ServiceSummary::documents).sum(),
                services.stream().mapToInt(Browsing.ServiceSummary::versions).sum());
    }

    /** The page of the service {@code name} as of {@code now}. */
    Views.Service service(String name, Instant now) {
        ServiceContent content = services.get(name, this::serviceContent);
        Instant monthAgo = now.minus(Duration.ofDays(30));
        int changed = (int) content.lastChanged().values().stream()
                .filter(at -> !at.isBefore(monthAgo))
                .count();
        return new Views.Service(
                name, content.documents(), changed, content.recent(), content.highest(), content.timeline());
    }

    /**
     * What a service page shows that only changes when a version or reading is recorded, with when each document
     * last changed so that "changed in the last 30 days" is counted at each request.
     */
    private record ServiceContent(
            List<DocumentSummary> documents,
            List<Views.ChangeLine> recent,
            Map<Long, Instant> lastChanged,
            List<Views.Peer> highest,
            Timeline timeline) {}

    private ServiceContent serviceContent(String name) {
        List<ChangeSummary> changes = browsing.changes(new ChangeQuery(
                Optional.of(name), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), 10_000, 0));
        Map<Long, Instant> lastChanged = new HashMap<>();
        for (ChangeSummary c : changes) {
            lastChanged.putIfAbsent(c.change().document().id(), c.change().toCapturedAt());
        }
        List<DocumentSummary> documents = browsing.documents(Optional.of(name));
        Map<Long, List<VersionRow>> versions = new HashMap<>();
        documents.forEach(
                d -> versions.put(d.document().id(), store.versions(d.document().id())));
        return new ServiceContent(
                documents,
                changeLines(changes.subList(0, Math.min(RECENT, changes.size()))),
                lastChanged,
                analyses.highest(name),
                Timelines.service(name, documents, versions, changes));
    }

    /** The document page; {@code status} and {@code failures} are the tracking state the caller already read. */
    Views.Document document(
            DocumentRow document, Optional<Long> versionId, TrackingStatus status, List<FailureRow> failures) {
        List<VersionRow> versions = store.versions(document.id());
        Optional<VersionRow> shown = versionId.isPresent()
                ? Optional.of(versionOf(document, versionId.orElseThrow()))
                : store.latestVersion(document.id());
        boolean latest = shown.isPresent()
                && shown.orElseThrow().id() == versions.get(versions.size() - 1).id();
        List<ChangeSummary> changes = browsing.changes(new ChangeQuery(
                Optional.empty(),
                Optional.of(document.id()),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                10_000,
                0));
        DocumentSummary summary = browsing.documents(Optional.of(document.service())).stream()
                .filter(d -> d.document().id() == document.id())
                .findFirst()
                .orElseThrow();
        return new Views.Document(
                summary,
                shown,
                latest,
                shown.map(v -> lines(store.provisions(v.id()))).orElse(List.of()),
                versions.reversed(),
                changeLines(changes),
                Charts.changesOverTime(changes),
                status,
                failures,
                shown.map(v -> captures(v.captureIds())).orElse(List.of()));
    }

    /** The version {@code versionId}, which must be one of {@code document}'s. */
    VersionRow versionOf(DocumentRow document, long versionId) {
        return store.version(versionId)
                .filter(v -> v.documentId() == document.id())
                .orElseThrow(() -> new NotFound("version " + versionId + " is not a version of " + document.service()
                        + " / " + document.termsType()));
    }

    Views.Change change(long id) {
        ChangeRow change = browsing.change(id).orElseThrow(() -> new NotFound("no change record " + id));
        VersionRow from = store.version(change.fromVersionId()).orElseThrow();
        VersionRow to = store.version(change.toVersionId()).orElseThrow();
        boolean collapsed = change.significance() == Significance.COSMETIC
                || change.flags().contains(ChangeRecord.Flag.OSCILLATION);
        Views.ChangeDetail detail = details.of(change);
        return new Views.Change(
                change.document(),
                Optional.of(change.id()),
                from,
                to,
                change.significance(),
                change.flags(),
                change.summary(),
                detail.topics(),
                change.severity(),
                detail.notAlerted(),
                detail.items(),
                collapsed,
                store.versions(change.document().id()).reversed());
    }

    /** Changes as lists show them, with their topics by name. */
    List<Views.ChangeLine> changeLines(List<ChangeSummary> changes) {
        return changes.stream()
                .map(c -> new Views.ChangeLine(
                        c,
                        details.names(c.change().topics()),
                        ChangeDetails.notAlerted(c.change().flags())))
                .toList();
    }

    Views.Provision provision(String lineageId) {
        List<ProvisionOccurrence> occurrences = browsing.lineage(lineageId);
        if (occurrences.isEmpty()) {
            throw new NotFound("no provision with lineage id '" + lineageId + "'");
        }
        ProvisionOccurrence last = occurrences.get(occurrences.size() - 1);
        Optional<VersionRow> latestOfDocument =
                store.latestVersion(last.document().id());
        boolean current = latestOfDocument.isPresent()
                && latestOfDocument.orElseThrow().id() == last.provision().versionId();
        Optional<CaptureRow> capture = store.version(last.provision().versionId())
                .flatMap(v -> v.captureIds().stream().findFirst())
                .flatMap(store::capture);
        Optional<Views.ProvisionAnalysis> analysis = analyses.of(last.document().service(), last.provision());
        List<Views.Wording> wordings = wordings(occurrences);
        List<LineageChange> changes = browsing.lineageChanges(lineageId);
        return new Views.Provision(
                lineageId,
                last.document(),
                last.provision(),
                last.versionCapturedAt(),
                current,
                wordings,
                changes,
                capture,
                analysis,
                analysis.flatMap(a -> analyses.comparison(last.document(), last.provision(), a)),
                Timelines.provision(
                        last.document().service() + " · " + last.document().termsType() + " · "
                                + opening(last.provision().text()),
                        wordings,
                        severities(occurrences),
                        changes));
    }

    /** The name of a provision lineage as of its latest wording; empty when no version holds it. */
    Optional<Views.ProvisionName> provisionName(String lineageId) {
        List<ProvisionOccurrence> occurrences = browsing.lineage(lineageId);
        if (occurrences.isEmpty()) {
            return Optional.empty();
        }
        ProvisionOccurrence last = occurrences.get(occurrences.size() - 1);
        boolean current = store.latestVersion(last.document().id())
                .map(v -> v.id() == last.provision().versionId())
                .orElse(false);
        return Optional.of(new Views.ProvisionName(
                lineageId,
                last.document().service(),
                last.document().termsType(),
                last.provision().path(),
                opening(last.provision().text()),
                current));
    }

    /** The first words of a wording, Markdown removed, with an ellipsis when more follow. */
    static String opening(String markdown) {
        String[] words = SPACES.split(MarkdownText.plain(markdown).strip());
        if (words.length <= Views.ProvisionName.WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, Views.ProvisionName.WORDS)) + " …";
    }

    /** The severity read in each wording of a lineage, by its text; empty while unread or not assessed. */
    private Map<String, Optional<Severity>> severities(List<ProvisionOccurrence> occurrences) {
        Map<String, Reading> readings = analyses.readings(
                occurrences.stream().map(o -> o.provision().readingKey()).collect(Collectors.toSet()));
        Map<String, Optional<Severity>> severities = new HashMap<>();
        for (ProvisionOccurrence o : occurrences) {
            severities.put(
                    o.provision().text(),
                    Optional.ofNullable(readings.get(o.provision().readingKey()))
                            .flatMap(Reading::severity));
        }
        return severities;
    }

    private static List<Views.Wording> wordings(List<ProvisionOccurrence> occurrences) {
        List<Views.Wording> wordings = new ArrayList<>();
        for (ProvisionOccurrence o : occurrences) {
            ProvisionRow p = o.provision();
            Views.Wording last = wordings.isEmpty() ? null : wordings.get(wordings.size() - 1);
            if (last != null && last.text().equals(p.text())) {
                wordings.set(
                        wordings.size() - 1,
                        new Views.Wording(last.text(), p.path(), last.from(), o.versionCapturedAt(), last.versionId()));
            } else {
                wordings.add(new Views.Wording(
                        p.text(), p.path(), o.versionCapturedAt(), o.versionCapturedAt(), p.versionId()));
            }
        }
        return wordings;
    }

    private List<Views.ProvisionLine> lines(List<ProvisionRow> provisions) {
        Map<String, Reading> readings = analyses.readings(
                provisions.stream().map(ProvisionRow::readingKey).collect(Collectors.toSet()));
        List<Views.ProvisionLine> lines = new ArrayList<>(provisions.size());
        List<String> previous = null;
        for (ProvisionRow p : provisions) {
            Optional<Reading> reading = Optional.ofNullable(readings.get(p.readingKey()));
            lines.add(new Views.ProvisionLine(
                    p,
                    !p.path().equals(previous),
                    reading.flatMap(Reading::severity),
                    reading.map(Reading::topicIds).orElse(List.of())));
            previous = p.path();
        }
        return lines;
    }

    private List<CaptureRow> captures(List<Long> ids) {
        return ids.stream().map(store::capture).flatMap(Optional::stream).toList();
    }

    Views.Methodology methodology() {
        return new Views.Methodology(
                about(),
                ProvisionReader.VERSION,
                reader.get().severityRules().stream()
                        .map(rule -> new Views.SeverityRule(
                                rule.id(),
                                Labels.of(rule.severity()),
                                rule.explicit() ? "explicit" : "inferred",
                                String.format(Locale.ROOT, "%.2f", rule.confidence()),
                                rule.conditions(),
                                rule.rationale()))
                        .toList());
    }

    Views.About about() {
        var services = browsing.services();
        return new Views.About(
                services.size(),
                services.stream().mapToInt(Browsing.ServiceSummary::documents).sum(),
                services.stream().mapToInt(Browsing.ServiceSummary::versions).sum());
    }
}
