package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Database openDatabase() {
        return Database.sqlite(dir.resolve("data/clausewatch.db"));
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.SQLITE;
    }

    @Test
    void leavesTheDatabaseInWriteAheadLogMode() throws Exception {
        store.ensureDocument("Example", "Terms of Service");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/clausewatch.db"));
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void keepsDataWhenReopened() {
        long doc = store.ensureDocument("Example", "Terms of Service");
        database.close();
        database = Database.open("sqlite:" + dir.resolve("data/clausewatch.db"));
        assertThat(database.store()
                        .document("Example", "Terms of Service")
                        .orElseThrow()
                        .id())
                .isEqualTo(doc);
    }
}
