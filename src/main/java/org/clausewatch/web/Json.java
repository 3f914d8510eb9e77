package org.clausewatch.web;

import io.javalin.http.Context;
import tools.jackson.databind.json.JsonMapper;

/** JSON output of the API: Jackson 3, with the values built as maps and lists by the API routes. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static void respond(Context ctx, Object value) {
        Rendered.of(write(value)).send(ctx, "application/json");
    }
}
