package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The published OpenAPI document read as its operations, to check a server's route table against. */
public final class OpenApiDocument {
    private final JsonNode document;

    public OpenApiDocument(JsonNode document) {
        this.document = document;
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
    }

    /** Every operation as {@code "GET /api/v1/…"}. */
    public Set<String> operations() {
        Set<String> documented = new HashSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method ->
                                documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return documented;
    }

    /** The API routes of a route table in the same form. */
    public static Set<String> apiRoutes(List<Route> routes) {
        Set<String> served = new HashSet<>();
        routes.stream()
                .filter(route -> route.kind() == Route.Kind.API)
                .forEach(route -> served.add(route.method().name() + " " + route.path()));
        return served;
    }

    public JsonNode operation(String method, String path) {
        return document.get("paths").get(path).get(method.toLowerCase(Locale.ROOT));
    }

    /** Every path parameter an operation declares appears in its path. */
    public void assertPathParametersAreInTheirPaths() {
        document.get("paths")
                .properties()
                .forEach(entry -> entry.getValue().properties().forEach(method -> {
                    for (JsonNode parameter : method.getValue().get("parameters")) {
                        if (parameter.get("in").asString().equals("path")) {
                            assertThat(entry.getKey())
                                    .contains("{" + parameter.get("name").asString() + "}");
                        }
                    }
                }));
    }
}
