package org.clausewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.reading.ProvisionReader;

/**
 * Printable reports of a provision and of a change, as PDF. Each is built from the same read model as the page it
 * prints, so paper and screen say the same; what does not exist is the catalogue's {@code NotFound}.
 */
public final class Reports {
    private final Catalogue catalogue;
    private final Clock clock;

    public Reports(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Writes the report of provision {@code lineageId} to {@code out}, which the caller closes. */
    public void provision(String lineageId, OutputStream out) throws IOException {
        PdfLayout.write(
                ProvisionReport.of(catalogue.provisionPage(lineageId), ProvisionReader.VERSION), clock.instant(), out);
    }

    /** Writes the report of change record {@code changeId} to {@code out}, which the caller closes. */
    public void change(long changeId, OutputStream out) throws IOException {
        PdfLayout.write(ChangeReport.of(catalogue.changePage(changeId), ProvisionReader.VERSION), clock.instant(), out);
    }
}
