package org.clausewatch.web;

import io.javalin.http.Context;

/**
 * Response headers that keep hostile document text harmless even if a template were ever to let markup through:
 * no scripts at all, styles and frames only from ClauseWatch itself. Raw captures set their own, stricter policy
 * before this runs, and keep it.
 */
final class Security {
    static final String CSP = "Content-Security-Policy";
    static final String SITE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
    /** A capture is the platform's own page: sandboxed (no scripts, no forms, an opaque origin), nothing fetched. */
    static final String CAPTURE_POLICY =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    private Security() {}

    static void headers(Context ctx) {
        if (ctx.res().getHeader(CSP) == null) {
            ctx.header(CSP, SITE_POLICY);
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
