package org.clausewatch.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Error answers as RFC 9457 problem details ({@code application/problem+json}), each naming what was wrong. */
final class Problems {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** A problem with {@code type} {@code urn:clausewatch:problem:<slug>} and any extension members. */
    static void answer(Context ctx, int status, String slug, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:clausewatch:problem:" + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        body.putAll(extra);
        ctx.status(status).contentType("application/problem+json").result(JSON.writeValueAsString(body));
    }

    static void answer(Context ctx, int status, String slug, String title, String detail) {
        answer(ctx, status, slug, title, detail, Map.of());
    }
}
