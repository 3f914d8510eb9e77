package org.clausewatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API reference page's content, read from the OpenAPI document the API serves, so that the page and the document
 * can never disagree: every operation with its parameters, request body, answers and whether it needs an API key.
 */
public record ApiReference(String title, String description, List<Operation> operations) {
    public ApiReference {
        operations = List.copyOf(operations);
    }

    /** One operation: {@code GET /api/v1/services/{service}}. */
    public record Operation(
            String method,
            String path,
            String summary,
            boolean needsKey,
            List<Parameter> parameters,
            Optional<String> body,
            List<Answer> answers) {
        public Operation {
            parameters = List.copyOf(parameters);
            answers = List.copyOf(answers);
        }

        /** The anchor of the operation on the page, {@code get-api-v1-services-service}. */
        public String anchor() {
            return (method + path)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
        }
    }

    /** A parameter: in the path, the query or a header. */
    public record Parameter(String name, String in, boolean required, String description) {}

    /** An answer: its status and what it means. */
    public record Answer(String status, String description) {}

    /** Reads the reference from the OpenAPI 3.1 document {@code json}. */
    static ApiReference of(String json) {
        JsonNode document = JsonMapper.builder().build().readTree(json);
        List<Operation> operations = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(operation(document, path.getKey(), method.getKey(), method.getValue()));
            }
        }
        JsonNode info = document.get("info");
        return new ApiReference(
                info.get("title").asString(), info.path("description").asString(""), operations);
    }

    private static Operation operation(JsonNode document, String path, String method, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            parameters.add(new Parameter(
                    parameter.get("name").asString(),
                    parameter.path("in").asString(""),
                    parameter.path("required").asBoolean(false),
                    parameter.path("description").asString("")));
        }
        List<Answer> answers = new ArrayList<>();
        for (var response : node.path("responses").properties()) {
            answers.add(new Answer(
                    response.getKey(),
                    resolved(document, response.getValue()).path("description").asString("")));
        }
        return new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                node.path("summary").asString(""),
                !node.path("security").isMissingNode() && !node.path("security").isEmpty(),
                parameters,
                body(document, node),
                answers);
    }

    /** The request body's schema name, or its description when it has no named schema. */
    private static Optional<String> body(JsonNode document, JsonNode node) {
        JsonNode body = node.path("requestBody");
        if (body.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode schema = resolved(document, body)
                .path("content")
                .path("application/json")
                .path("schema");
        String reference = schema.path("$ref").asString("");
        if (!reference.isEmpty()) {
            return Optional.of(reference.substring(reference.lastIndexOf('/') + 1));
        }
        return Optional.of(body.path("description").asString("JSON"));
    }

    /** A {@code $ref} into the document's components, followed; any other node as it is. */
    private static JsonNode resolved(JsonNode document, JsonNode node) {
        String reference = node.path("$ref").asString("");
        if (!reference.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String part : reference.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
