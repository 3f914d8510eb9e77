package org.clausewatch.alert;

import java.nio.file.Path;
import org.clausewatch.store.Database;
import org.junit.jupiter.api.io.TempDir;

class SqliteOutboxTest extends OutboxContract {
    @TempDir
    Path dir;

    @Override
    Database openDatabase() {
        return Database.sqlite(dir.resolve("clausewatch.db"));
    }

    @Override
    Database reopenDatabase() {
        return Database.sqlite(dir.resolve("clausewatch.db"));
    }
}
