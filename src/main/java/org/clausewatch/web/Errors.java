package org.clausewatch.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clausewatch.browse.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error responses: an HTML page for the site, RFC 9457 problem details ({@code application/problem+json}) for the
 * API. The message names the bad value; an unexpected failure is logged and described without internals.
 */
final class Errors {
    static final String HANDLED = "clausewatch.error-handled";
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private final Templates templates;

    Errors(Templates templates) {
        this.templates = templates;
    }

    void notFound(Context ctx, String detail) {
        respond(ctx, 404, "Not found", detail);
    }

    void badRequest(Context ctx, String detail) {
        respond(ctx, 400, "Bad request", detail);
    }

    /** Every database connection stayed busy: a short, retryable refusal instead of a long hang. */
    void busy(Exception e, Context ctx) {
        LOG.warn("{} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", "1");
        respond(ctx, 503, "Service unavailable", "ClauseWatch is busy; retry in a second.");
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        respond(ctx, 500, "Internal error", "ClauseWatch could not answer this request; the error is logged.");
    }

    private void respond(Context ctx, int status, String title, String detail) {
        ctx.attribute(HANDLED, true);
        ctx.status(status);
        if (WebServer.isApi(ctx)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status);
            problem.put("detail", detail);
            problem.put("instance", ctx.path());
            ctx.contentType("application/problem+json").result(Json.write(problem));
        } else {
            ctx.contentType("text/html; charset=utf-8")
                    .result(templates.render("error.jte", new Views.Problem(status, title, detail)));
        }
    }
}
