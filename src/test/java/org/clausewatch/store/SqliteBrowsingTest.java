package org.clausewatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The browsing contract on SQLite (FTS5 search). */
class SqliteBrowsingTest extends BrowsingContract {
    @TempDir
    Path dir;

    @Override
    Database openDatabase() {
        return Database.sqlite(dir.resolve("browsing.db"));
    }
}
