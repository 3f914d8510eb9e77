package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.Views;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.TrackingPlan;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.ContentStamp;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.FailureRow;
import org.clausewatch.store.SearchHit;
import org.clausewatch.store.SearchQuery;
import org.clausewatch.store.TrackingStatus;

/** The server-rendered web pages. Every page works without JavaScript; there is none. */
final class PageRoutes implements RouteGroup {
    static final int SEARCH_PAGE = 20;
    private static final String HTML = "text/html; charset=utf-8";
    private final Catalogue catalogue;
    private final Templates templates;
    private final PageCache cache;
    private final String css;
    private final Supplier<TrackingPlan> plan;

    PageRoutes(Catalogue catalogue, Templates templates, PageCache cache, Supplier<TrackingPlan> plan) {
        this.catalogue = catalogue;
        this.plan = plan;
        this.templates = templates;
        this.cache = cache;
        this.css = resource("site.css");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/", PAGE, "Latest substantive changes, services, tracking health", this::home),
                Route.get("/services/{service}", PAGE, "A service: documents and recent changes", this::service),
                Route.get("/services/{service}/{type}", PAGE, "A document: text, timeline, tracking", this::document),
                Route.get("/services/{service}/{type}/compare", PAGE, "Redline between two versions", this::compare),
                Route.get("/changes/{id}", PAGE, "A recorded change with its provision-level redline", this::change),
                Route.get("/provisions/{lineage}", PAGE, "A provision and its history", this::provision),
                Route.get("/topics", PAGE, "The topics provisions are read under", this::topics),
                Route.get("/topics/{id}", PAGE, "Every service's current provisions on one topic", this::topic),
                Route.get(
                        "/regulations/{id}",
                        PAGE,
                        "A regulation reference and the provisions potentially relevant to it",
                        this::regulation),
                Route.get("/search", PAGE, "Full-text search over current and past provisions", this::search),
                Route.get("/methodology", PAGE, "How ClauseWatch produces what it shows", this::methodology),
                Route.get("/about", PAGE, "Independence, data sources and licences", this::about),
                Route.get("/captures/{id}", PAGE, "An archived capture, labelled", this::capture),
                Route.get("/captures/{id}/raw", PAGE, "The archived bytes, sandboxed", this::rawCapture),
                Route.get("/static/site.css", PAGE, "The stylesheet", this::stylesheet));
    }

    private void home(Context ctx) {
        html(ctx, "home.jte", new HomePage(catalogue.home(), plan.get()));
    }

    /**
     * A service page is its content (the stamp) and how many of its documents changed in the last 30 days, the one
     * thing on it that moves with the clock: cached on both.
     */
    private record ServicePage(String service, ContentStamp stamp, int changedLast30Days) {}

    private void service(Context ctx) {
        ContentStamp stamp = catalogue.contentStamp();
        Views.Service view = catalogue.servicePage(ctx.pathParam("service"), Instant.now());
        cachedHtml(
                ctx,
                new ServicePage(view.name(), stamp, view.changedLast30Days()),
                () -> templates.render("service.jte", view));
    }

    /** A document page is its document's content (the stamp) and tracking state: cached on both. */
    private record DocumentPage(
            long documentId,
            Optional<Long> versionId,
            ContentStamp stamp,
            TrackingStatus status,
            List<FailureRow> failures) {}

    private void document(Context ctx) {
        DocumentRow document = catalogue.document(ctx.pathParam("service"), ctx.pathParam("type"));
        Optional<Long> versionId = Params.optionalId(ctx, "version");
        DocumentPage key = new DocumentPage(
                document.id(),
                versionId,
                catalogue.contentStamp(),
                catalogue.status(document),
                catalogue.failures(document));
        cachedHtml(
                ctx,
                key,
                () -> templates.render(
                        "document.jte", catalogue.documentPage(document, versionId, key.status(), key.failures())));
    }

    private void compare(Context ctx) {
        DocumentRow document = catalogue.document(ctx.pathParam("service"), ctx.pathParam("type"));
        long from = Params.optionalId(ctx, "from").orElseThrow(() -> new IllegalArgumentException("from is missing"));
        long to = Params.optionalId(ctx, "to").orElseThrow(() -> new IllegalArgumentException("to is missing"));
        html(ctx, "change.jte", catalogue.compare(document, from, to));
    }

    private void change(Context ctx) {
        html(ctx, "change.jte", catalogue.changePage(Params.id(ctx, "id")));
    }

    /** A provision page shows only what is recorded with versions: its lineage and the stamp say it all. */
    private record ProvisionPage(String lineageId, ContentStamp stamp) {}

    private void provision(Context ctx) {
        String lineage = ctx.pathParam("lineage");
        cachedHtml(
                ctx,
                new ProvisionPage(lineage, catalogue.contentStamp()),
                () -> templates.render("provision.jte", catalogue.provisionPage(lineage)));
    }

    private void topics(Context ctx) {
        html(ctx, "topics.jte", catalogue.topicsPage());
    }

    private void topic(Context ctx) {
        html(
                ctx,
                "topic.jte",
                catalogue.topicPage(
                        ctx.pathParam("id"), Params.text(ctx, "severity").map(SearchRequest::severity)));
    }

    private void regulation(Context ctx) {
        html(ctx, "regulation.jte", catalogue.regulationPage(ctx.pathParam("id")));
    }

    private void search(Context ctx) {
        String text = Params.text(ctx, "q").orElse("");
        int page = (int) Math.max(
                1, Params.text(ctx, "page").map(v -> Params.number("page", v)).orElse(1L));
        Optional<String> problem = Optional.empty();
        List<SearchHit> hits = List.of();
        try {
            SearchQuery query = SearchRequest.query(ctx, catalogue, text, SEARCH_PAGE + 1, (page - 1) * SEARCH_PAGE);
            if (!text.isBlank() && query.terms().isEmpty()) {
                problem = Optional.of("Search for words: '" + text + "' has no letters or digits.");
            }
            hits = catalogue.search(query);
        } catch (IllegalArgumentException e) {
            problem = Optional.of(e.getMessage());
        }
        List<DocumentRow> documents = catalogue.documents();
        html(
                ctx,
                "search.jte",
                new Views.Search(
                        text,
                        new Views.SearchFilters(
                                Params.text(ctx, "service"),
                                Params.text(ctx, "type"),
                                Params.text(ctx, "topic"),
                                Params.text(ctx, "severity"),
                                Params.text(ctx, "from").orElse(""),
                                Params.text(ctx, "to").orElse("")),
                        documents.stream().map(DocumentRow::service).distinct().toList(),
                        documents.stream()
                                .map(DocumentRow::termsType)
                                .distinct()
                                .sorted()
                                .toList(),
                        catalogue.topics(),
                        SearchRequest.SEVERITIES,
                        hits.size() > SEARCH_PAGE ? hits.subList(0, SEARCH_PAGE) : hits,
                        page,
                        hits.size() > SEARCH_PAGE,
                        problem));
    }

    private void methodology(Context ctx) {
        html(ctx, "methodology.jte", catalogue.methodology());
    }

    private void about(Context ctx) {
        html(ctx, "about.jte", catalogue.about());
    }

    private void capture(Context ctx) {
        html(ctx, "capture.jte", catalogue.captureLabel(Params.id(ctx, "id")));
    }

    /**
     * The platform's page exactly as archived, under a sandboxing Content-Security-Policy: its scripts never run,
     * it loads nothing, and it cannot reach ClauseWatch's origin. Served as an attachment-free inline document so
     * that the labelled capture page can frame it.
     */
    private void rawCapture(Context ctx) throws IOException {
        CaptureRow capture = catalogue.capture(Params.id(ctx, "id"));
        Bytes payload = catalogue.payload(capture);
        ctx.header(Security.CSP, Security.CAPTURE_POLICY);
        ctx.header("X-ClauseWatch-Capture-SHA256", capture.payloadDigest().hex());
        MementoRoutes.describe(ctx, catalogue, capture);
        ctx.contentType(rawType(capture.mediaType())).result(payload.toArray());
    }

    /** Only HTML, PDF and plain text are served as themselves; anything else as bytes, never sniffed. */
    private static String rawType(String mediaType) {
        String type = mediaType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return "text/html" + (type.contains("charset") ? type.substring(type.indexOf(';')) : "");
        }
        if (type.startsWith("application/pdf") || type.startsWith("text/plain")) {
            return mediaType;
        }
        return "application/octet-stream";
    }

    private void stylesheet(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600")
                .contentType("text/css; charset=utf-8")
                .result(css);
    }

    private void cachedHtml(Context ctx, Object key, java.util.function.Supplier<String> render) {
        cache.page(key, render).send(ctx, HTML);
    }

    private void html(Context ctx, String template, Object view) {
        Rendered.of(templates.render(template, view)).send(ctx, HTML);
    }

    private static String resource(String name) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource org/clausewatch/web/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
