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
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.browse.Links;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.store.Browsing.ChangeQuery;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.SearchQuery;
import org.clausewatch.store.VersionRow;

/**
 * The JSON API under {@code /api/v1}, described by {@code openapi.json} (served at {@code /api/v1/openapi.json}), in
 * the {@link JsonShapes} the command line's {@code --json} uses too. Lists are pages ({@code limit}, {@code offset},
 * {@code next}); ETags come from the server for every response.
 */
final class ApiRoutes implements RouteGroup {
    private final Catalogue catalogue;
    private final String openApi;

    ApiRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
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
                        catalogue.services().stream().map(JsonShapes::service).toList()));
    }

    private void service(Context ctx) {
        String name = catalogue.service(ctx.pathParam("service"));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("service", name);
        node.put("slug", Links.slug(name));
        node.put(
                "documents",
                catalogue.documents(Optional.of(name)).stream()
                        .map(JsonShapes::document)
                        .toList());
        Json.respond(ctx, node);
    }

    private void document(Context ctx) {
        DocumentRow row = catalogue.document(ctx.pathParam("service"), ctx.pathParam("type"));
        Map<String, Object> node = JsonShapes.document(catalogue.summary(row));
        node.put("tracking", JsonShapes.tracking(catalogue.status(row)));
        catalogue.latestVersion(row).ifPresent(v -> node.put("latestVersion", JsonShapes.version(v)));
        Json.respond(ctx, node);
    }

    private void versions(Context ctx) {
        DocumentRow row = catalogue.document(ctx.pathParam("service"), ctx.pathParam("type"));
        var from = Params.from(ctx, "from");
        var to = Params.to(ctx, "to");
        List<VersionRow> all = catalogue.versions(row).stream()
                .filter(v -> from.isEmpty() || !v.capturedAt().isBefore(from.orElseThrow()))
                .filter(v -> to.isEmpty() || !v.capturedAt().isAfter(to.orElseThrow()))
                .toList();
        page(ctx, "versions", all.stream().map(JsonShapes::version).toList(), all.size());
    }

    private void version(Context ctx) {
        Json.respond(ctx, JsonShapes.text(catalogue.text(catalogue.version(Params.id(ctx, "id")))));
    }

    private void topics(Context ctx) {
        Json.respond(ctx, Map.of("topics", JsonShapes.topics(catalogue.topicsPage())));
    }

    private void topic(Context ctx) {
        Json.respond(
                ctx,
                JsonShapes.topicPage(catalogue.topicPage(
                        ctx.pathParam("id"), Params.text(ctx, "severity").map(SearchRequest::severity))));
    }

    private void regulation(Context ctx) {
        Json.respond(ctx, JsonShapes.regulationPage(catalogue.regulationPage(ctx.pathParam("id"))));
    }

    private void provision(Context ctx) {
        Json.respond(ctx, JsonShapes.provisionPage(catalogue.provisionPage(ctx.pathParam("lineage"))));
    }

    private void changes(Context ctx) {
        Optional<String> service = Params.text(ctx, "service").map(catalogue::service);
        Optional<Long> document = Params.text(ctx, "type")
                .map(type -> catalogue
                        .document(
                                service.orElseThrow(() -> new IllegalArgumentException("type needs service as well")),
                                type)
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
        catalogue.changeLines(query).forEach(c -> items.add(JsonShapes.changeHead(c)));
        page(ctx, "changes", items, catalogue.countChanges(query));
    }

    private void change(Context ctx) {
        Json.respond(ctx, JsonShapes.change(catalogue.detail(catalogue.changeRecord(Params.id(ctx, "id")))));
    }

    private void capture(Context ctx) {
        Json.respond(ctx, JsonShapes.capture(catalogue.captureLabel(Params.id(ctx, "id"))));
    }

    private void search(Context ctx) {
        String text = Params.text(ctx, "q").orElseThrow(() -> new IllegalArgumentException("q is missing"));
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        SearchQuery query = SearchRequest.query(ctx, catalogue, text, limit + 1, offset);
        if (query.terms().isEmpty()) {
            throw new IllegalArgumentException("q must contain letters or digits, not '" + text + "'");
        }
        List<Object> hits = new ArrayList<>();
        catalogue.search(query).forEach(h -> hits.add(JsonShapes.hit(h)));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("hits", hits.size() > limit ? hits.subList(0, limit) : hits);
        node.put("limit", limit);
        node.put("offset", offset);
        node.put("next", hits.size() > limit ? next(ctx, offset + limit) : null);
        Json.respond(ctx, node);
    }

    private void status(Context ctx) {
        Json.respond(
                ctx,
                Map.of(
                        "documents",
                        catalogue.statuses().stream()
                                .map(s -> JsonShapes.status(s.document(), s.status()))
                                .toList()));
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

    static String resource(String name) {
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
