package org.clausewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The site of {@code scripts/benchmark-vs-ota}, written for {@link StaticSite} to serve: the latest version of each of
 * the corpus documents as a page on 8 loopback hosts, with declarations in Open Terms Archive's format that both
 * trackers read unchanged. Arguments: the corpus folder, the work folder, the site's port, and {@code latest} (every
 * page at its latest version, and the declarations) or {@code changed} (every tenth page back at its version before).
 */
public final class ComparisonSite {
    static final int DOCUMENTS = 99;
    static final int HOSTS = 8;

    private ComparisonSite() {}

    public static void main(String[] args) throws Exception {
        Path ota = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        boolean changed = args[3].equals("changed");
        List<TrackingBenchmark.SiteDocument> documents = TrackingBenchmark.documents(ota, DOCUMENTS, HOSTS);
        Path pages = Files.createDirectories(work.resolve("site"));
        for (int i = 0; i < documents.size(); i++) {
            TrackingBenchmark.SiteDocument d = documents.get(i);
            TrackingBenchmark.write(pages, d, changed && i % 10 == 0 ? d.previous() : d.latest());
        }
        if (!changed) {
            TrackingBenchmark.declarations(work, port, documents);
        }
        System.out.println(Machine.describe());
        System.out.printf(
                "site: %d documents of %s on %d loopback hosts (127.0.0.1-%d), port %d%s%n",
                documents.size(), ota, HOSTS, HOSTS, port, changed ? ", every tenth page at its previous version" : "");
    }
}
