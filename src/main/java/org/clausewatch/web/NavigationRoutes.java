package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.API;
import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.common.TrackingPlan;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.store.DocumentRow;

/**
 * The indexes every page links to (services, topics, regulations), the API reference read from the OpenAPI document,
 * and the API's own entry point, which names its collections.
 */
final class NavigationRoutes implements RouteGroup {
    private static final String HTML = "text/html; charset=utf-8";

    /** The collections the entry point names; {@code me} and {@code subscriptions} need an API key. */
    private static final List<String> COLLECTIONS =
            List.of("services", "changes", "topics", "search", "status", "subscriptions", "me");

    private final Catalogue catalogue;
    private final Templates templates;
    private final Supplier<TrackingPlan> plan;
    private final Rendered apiReference;

    NavigationRoutes(Catalogue catalogue, Templates templates, Supplier<TrackingPlan> plan, String openApi) {
        this.catalogue = catalogue;
        this.templates = templates;
        this.plan = plan;
        this.apiReference = Rendered.of(templates.render("apiReference.jte", ApiReference.of(openApi)));
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/services", PAGE, "Every service watched or declared", this::services),
                Route.get("/regulations", PAGE, "The regulation references topics map to", this::regulations),
                Route.get("/api", PAGE, "The API reference, read from the OpenAPI document", this::reference),
                Route.get("/api/v1", API, "The API's entry point: links to its collections", this::entry));
    }

    private void services(Context ctx) {
        Map<String, List<String>> recorded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (DocumentRow document : catalogue.documents()) {
            recorded.computeIfAbsent(document.service(), s -> new ArrayList<>()).add(document.termsType());
        }
        List<TrackingPlan.DeclaredService> declaredOnly = plan.get().services().stream()
                .filter(s -> !recorded.containsKey(s.service()))
                .toList();
        List<Indexes.Services.Line> lines = recorded.entrySet().stream()
                .map(e -> new Indexes.Services.Line(e.getKey(), e.getValue()))
                .toList();
        html(ctx, "services.jte", new Indexes.Services(lines, declaredOnly));
    }

    private void regulations(Context ctx) {
        Map<String, List<Indexes.Regulations.Reference>> byInstrument = new TreeMap<>();
        for (RegulationReference reference : catalogue.regulations()) {
            List<Topic> topics = catalogue.topics().stream()
                    .filter(t -> catalogue.regulationsFor(t.id()).contains(reference))
                    .toList();
            byInstrument
                    .computeIfAbsent(reference.instrument(), i -> new ArrayList<>())
                    .add(new Indexes.Regulations.Reference(reference, topics));
        }
        html(ctx, "regulations.jte", new Indexes.Regulations(byInstrument));
    }

    private void reference(Context ctx) {
        apiReference.send(ctx, HTML);
    }

    private void entry(Context ctx) {
        Map<String, String> collections = new LinkedHashMap<>();
        for (String name : COLLECTIONS) {
            collections.put(name, "/api/v1/" + name);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "ClauseWatch API");
        body.put("version", "1");
        body.put("openapi", "/api/v1/openapi.json");
        body.put("reference", "/api");
        body.put("collections", collections);
        Json.respond(ctx, body);
    }

    private void html(Context ctx, String template, Object view) {
        Rendered.of(templates.render(template, view)).send(ctx, HTML);
    }
}
