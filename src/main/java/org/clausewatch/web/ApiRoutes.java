package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.API;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.fetch.RefusedRequests;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.store.Browsing;
import org.clausewatch.store.Browsing.ChangeQuery;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.SearchQuery;
import org.clausewatch.store.VersionRow;

/**
 * The JSON API under {@code /api/v1}, described by {@code openapi.json} (served at {@code /api/v1/openapi.json}).
 * Lists are pages ({@code limit}, {@code offset}, {@code next}); ETags come from the server for every response.
 */
final class ApiRoutes implements RouteGroup {
    private final WebServer.Sources sources;
    private final Site site;
    private final String openApi;

    ApiRoutes(WebServer.Sources sources) {
        this.sources = sources;
        this.site = new Site(sources);
        this.openApi = resource("openapi.json");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/openapi.json", API, "This API's OpenAPI 3.1 description", this::openApi),
                Route.get("/api/v1/services", API, "Services watched", this::services),
                Route.get("/api/v1/services/{service}", API, "A service and its documents", this::service),
                Route.get("/api/v1/services/{service}/{type}", API, "A document", this::document),
                Route.get("/api/v1/services/{service}/{type}/versions", API, "A document's versions", this::versions),
                Route.get("/api/v1/versions/{id}", API, "A version with its text and provisions", this::version),
                Route.get("/api/v1/provisions/{lineage}", API, "A provision's history", this::provision),
                Route.get("/api/v1/changes", API, "Change records, newest first", this::changes),
                Route.get("/api/v1/changes/{id}", API, "A change record with its items", this::change),
                Route.get("/api/v1/captures/{id}", API, "A capture's metadata", this::capture),
                Route.get("/api/v1/topics", API, "The taxonomy's topics", this::topics),
                Route.get("/api/v1/topics/{id}", API, "Every service's current provisions on a topic", this::topic),
                Route.get(
                        "/api/v1/regulations/{id}",
                        API,
                        "A regulation reference and the provisions potentially relevant to it",
                        this::regulation),
                Route.get("/api/v1/search", API, "Full-text search over provisions", this::search),
                Route.get("/api/v1/status", API, "Tracking status of every document", this::status));
    }

    private void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private void services(Context ctx) {
        Json.respond(
                ctx,
                Map.of(
                        "services",
                        site.browsing().services().stream()
                                .map(ApiJson::service)
                                .toList()));
    }

    private void service(Context ctx) {
        String name = site.service(ctx.pathParam("service"));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", name);
        node.put("slug", Links.slug(name));
        node.put(
                "documents",
                site.browsing().documents(Optional.of(name)).stream()
                        .map(ApiJson::document)
                        .toList());
        Json.respond(ctx, node);
    }

    private void document(Context ctx) {
        DocumentRow row = site.document(ctx.pathParam("service"), ctx.pathParam("type"));
        Browsing.DocumentSummary summary = site.browsing().documents(Optional.of(row.service())).stream()
                .filter(d -> d.document().id() == row.id())
                .findFirst()
                .orElseThrow();
        Map<String, Object> node = ApiJson.document(summary);
        node.put("tracking", ApiJson.status(sources.store().status(row.id())));
        sources.store().latestVersion(row.id()).ifPresent(v -> node.put("latestVersion", ApiJson.version(v)));
        Json.respond(ctx, node);
    }

    private void versions(Context ctx) {
        DocumentRow row = site.document(ctx.pathParam("service"), ctx.pathParam("type"));
        var from = Params.from(ctx, "from");
        var to = Params.to(ctx, "to");
        List<VersionRow> all = sources.store().versions(row.id()).stream()
                .filter(v -> from.isEmpty() || !v.capturedAt().isBefore(from.orElseThrow()))
                .filter(v -> to.isEmpty() || !v.capturedAt().isAfter(to.orElseThrow()))
                .toList();
        page(ctx, "versions", all.stream().map(ApiJson::version).toList(), all.size());
    }

    private void version(Context ctx) {
        long id = Params.id(ctx, "id");
        VersionRow version = sources.store().version(id).orElseThrow(() -> new NotFound("no version " + id));
        Map<String, Object> node = ApiJson.version(version);
        site.browsing().document(version.documentId()).ifPresent(d -> node.put("document", ApiJson.documentRef(d)));
        node.put("markdown", sources.store().markdown(id));
        node.put(
                "provisions",
                sources.store().provisions(id).stream().map(ApiJson::provision).toList());
        Json.respond(ctx, node);
    }

    private void topics(Context ctx) {
        Json.respond(ctx, Map.of("topics", ApiJson.topics(site.analyses().topics())));
    }

    private void topic(Context ctx) {
        Json.respond(
                ctx, ApiJson.topicPage(site.analyses().topicPage(ctx.pathParam("id"), Params.text(ctx, "severity"))));
    }

    private void regulation(Context ctx) {
        Json.respond(ctx, ApiJson.regulationPage(site.analyses().regulationPage(ctx.pathParam("id"))));
    }

    private void provision(Context ctx) {
        Views.Provision view = site.provision(ctx.pathParam("lineage"));
        Json.respond(ctx, ApiJson.provisionHistory(view));
    }

    private void changes(Context ctx) {
        Optional<String> service = Params.text(ctx, "service").map(site::service);
        Optional<Long> document = Params.text(ctx, "type")
                .map(type -> site.document(
                                Links.slug(service.orElseThrow(
                                        () -> new IllegalArgumentException("type needs service as well"))),
                                Links.slug(type))
                        .id());
        List<Significance> significances = new ArrayList<>();
        for (String s :
                Params.text(ctx, "significance").map(v -> List.of(v.split(","))).orElse(List.of())) {
            significances.add(Labels.parse(Significance.class, s)
                    .filter(significance -> Labels.of(significance).equals(s))
                    .orElseThrow(() -> new IllegalArgumentException(
                            "significance must be substantive, minor or cosmetic (comma-separated), not '" + s + "'")));
        }
        ChangeQuery query = new ChangeQuery(
                service,
                document,
                significances,
                Params.from(ctx, "from"),
                Params.to(ctx, "to"),
                Params.limit(ctx),
                Params.offset(ctx));
        List<Object> items = new ArrayList<>();
        site.browsing().changes(query).forEach(c -> items.add(ApiJson.changeHead(c)));
        page(ctx, "changes", items, site.browsing().countChanges(query));
    }

    private void change(Context ctx) {
        long id = Params.id(ctx, "id");
        Json.respond(
                ctx,
                ApiJson.change(site.browsing().change(id).orElseThrow(() -> new NotFound("no change record " + id))));
    }

    private void capture(Context ctx) {
        long id = Params.id(ctx, "id");
        CaptureRow capture = sources.store().capture(id).orElseThrow(() -> new NotFound("no capture " + id));
        Json.respond(ctx, ApiJson.capture(capture, refusedRequests(capture)));
    }

    /**
     * Known for plain fetches (none) and for rendered pages when this server has the archive that keeps them and can
     * read it; a damaged archive leaves them out rather than failing the capture's metadata.
     */
    private Optional<RefusedRequests> refusedRequests(CaptureRow capture) {
        if (!capture.rendered()) {
            return Optional.of(RefusedRequests.none());
        }
        if (sources.archive().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(sources.archive().orElseThrow().refusedRequests(capture.archived()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void search(Context ctx) {
        String text = Params.text(ctx, "q").orElseThrow(() -> new IllegalArgumentException("q is missing"));
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        SearchQuery query = SearchRequest.query(ctx, site, sources.taxonomy(), text, limit + 1, offset);
        if (query.terms().isEmpty()) {
            throw new IllegalArgumentException("q must contain letters or digits, not '" + text + "'");
        }
        List<Object> hits = new ArrayList<>();
        site.browsing().search(query, ProvisionReader.VERSION).forEach(h -> hits.add(ApiJson.hit(h)));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("hits", hits.size() > limit ? hits.subList(0, limit) : hits);
        node.put("limit", limit);
        node.put("offset", offset);
        node.put("next", hits.size() > limit ? next(ctx, offset + limit) : null);
        Json.respond(ctx, node);
    }

    private void status(Context ctx) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DocumentRow document : sources.store().documents()) {
            Map<String, Object> node = ApiJson.documentRef(document);
            node.putAll(ApiJson.status(sources.store().status(document.id())));
            documents.add(node);
        }
        Json.respond(ctx, Map.of("documents", documents));
    }

    /** A page of an in-memory or counted list: {@code items} already limited when {@code total} is given. */
    private static void page(Context ctx, String name, List<?> items, int total) {
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        List<?> page =
                items.size() == total ? items.subList(Math.min(offset, total), Math.min(total, offset + limit)) : items;
        Map<String, Object> node = new LinkedHashMap<>();
        node.put(name, page);
        node.put("total", total);
        node.put("limit", limit);
        node.put("offset", offset);
        node.put("next", offset + limit < total ? next(ctx, offset + limit) : null);
        Json.respond(ctx, node);
    }

    private static String next(Context ctx, int offset) {
        StringBuilder url = new StringBuilder(ctx.path()).append("?offset=").append(offset);
        ctx.queryParamMap().forEach((key, values) -> {
            if (!key.equals("offset")) {
                values.forEach(v ->
                        url.append('&').append(Links.encode(key)).append('=').append(Links.encode(v)));
            }
        });
        return url.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource org/clausewatch/web/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
