package org.clausewatch.testing;

import java.util.List;
import java.util.Optional;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.store.Store;
import org.clausewatch.web.WebServer;

/** Web servers over a test's store, with the shared reader and knowledge and without the account routes. */
public final class WebServers {
    private WebServers() {}

    /** Without an archive: raw captures are then reported as unavailable. */
    public static WebServer over(Store store) {
        return new WebServer(sources(store, Optional.empty()), List.of());
    }

    public static WebServer over(Store store, WarcArchive archive) {
        return new WebServer(sources(store, Optional.of(archive)), List.of());
    }

    private static Catalogue sources(Store store, Optional<WarcArchive> archive) {
        return catalogue(store, archive);
    }

    /** The catalogue of a test's store, with the shared reader and knowledge. */
    public static Catalogue catalogue(Store store, Optional<WarcArchive> archive) {
        return new Catalogue(
                new Catalogue.Sources(store, archive, Readers::shared, Knowledge.TAXONOMY, Knowledge.REGULATIONS));
    }
}
