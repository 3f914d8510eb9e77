package org.clausewatch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausewatch.evidence.EvidencePacks;
import org.clausewatch.evidence.Subject;

/** The download of evidence packs from version and provision pages: a ZIP streamed as it is written. */
public final class EvidenceRoutes implements RouteGroup {
    private final Supplier<EvidencePacks> packs;

    /** {@code packs} is asked for at the first download, so that a server never asked builds nothing for them. */
    public EvidenceRoutes(Supplier<EvidencePacks> packs) {
        this.packs = packs;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/versions/{id}/evidence.zip", Route.Kind.PAGE, "A version's evidence pack", this::version),
                Route.get(
                        "/provisions/{lineage}/evidence.zip",
                        Route.Kind.PAGE,
                        "A provision's evidence pack",
                        this::provision));
    }

    private void version(Context ctx) throws IOException {
        send(ctx, new Subject(Params.id(ctx, "id"), Optional.empty()));
    }

    private void provision(Context ctx) throws IOException {
        send(ctx, packs.get().ofProvision(ctx.pathParam("lineage")));
    }

    /** The pack is built whole before its first byte is sent, so a missing version is a clean 404, not a torn ZIP. */
    private void send(Context ctx, Subject subject) throws IOException {
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + subject.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        try (OutputStream out = ctx.outputStream()) {
            packs.get().write(subject, out);
        }
    }
}
