package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.clausewatch.report.Reports;

/** The printable (PDF) reports of provision and change pages, linked from those pages. */
final class ReportRoutes implements RouteGroup {
    private final Reports reports;

    ReportRoutes(Reports reports) {
        this.reports = reports;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/provisions/{lineage}/report.pdf", PAGE, "A provision's printable report", this::provision),
                Route.get("/changes/{id}/report.pdf", PAGE, "A change's printable report", this::change));
    }

    private void provision(Context ctx) throws IOException {
        String lineage = ctx.pathParam("lineage");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.provision(lineage, pdf);
        send(ctx, pdf, "clausewatch-provision-" + lineage.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf");
    }

    private void change(Context ctx) throws IOException {
        long id = Params.id(ctx, "id");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.change(id, pdf);
        send(ctx, pdf, "clausewatch-change-" + id + ".pdf");
    }

    /** Built whole before it is sent, so that a report that fails is an error page, not a truncated file. */
    private static void send(Context ctx, ByteArrayOutputStream pdf, String name) {
        ctx.header("Content-Disposition", "inline; filename=\"" + name + "\"");
        ctx.contentType("application/pdf").result(pdf.toByteArray());
    }
}
