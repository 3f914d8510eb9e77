package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a current database skips Flyway; any difference from the bundled migrations leaves it to Flyway. */
class AppliedSchemaTest {
    @TempDir
    Path dir;

    @Test
    void findsEveryBundledMigrationOfBothDialects() {
        assertThat(AppliedSchema.bundled(Dialect.SQLITE)).containsKeys(1, 2, 16);
        assertThat(AppliedSchema.bundled(Dialect.POSTGRESQL).keySet())
                .isEqualTo(AppliedSchema.bundled(Dialect.SQLITE).keySet());
        assertThat(AppliedSchema.bundled(Dialect.SQLITE).get(1).script()).isEqualTo("V1__schema.sql");
    }

    @Test
    void aNewDatabaseIsNotCurrentAndIsMigratedOnOpen() throws Exception {
        Path file = dir.resolve("new.db");
        try (Connection connection = connect(file)) {
            assertThat(AppliedSchema.isCurrent(connection, Dialect.SQLITE)).isFalse();
        }
        try (Database database = Database.sqlite(file)) {
            assertThat(database.schemaCurrent()).isTrue();
        }
    }

    @Test
    void aDatabaseWithoutTheNewestMigrationIsNotCurrent() throws Exception {
        Path file = migrated();
        int newest = AppliedSchema.bundled(Dialect.SQLITE).keySet().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow();
        execute(file, "DELETE FROM flyway_schema_history WHERE version = '" + newest + "'");
        assertThat(current(file)).isFalse();
    }

    @Test
    void aScriptEditedSinceItWasAppliedIsLeftToFlyway() throws Exception {
        Path file = migrated();
        execute(file, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        assertThat(current(file)).isFalse();
    }

    @Test
    void aFailedMigrationIsLeftToFlyway() throws Exception {
        Path file = migrated();
        execute(file, "UPDATE flyway_schema_history SET success = 0 WHERE version = '2'");
        assertThat(current(file)).isFalse();
    }

    @Test
    void aMigrationFromANewerClauseWatchIsLeftToFlyway() throws Exception {
        Path file = migrated();
        execute(
                file,
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES (999, '999', 'later', 'SQL',"
                        + " 'V999__later.sql', 1, 'test', 0, 1)");
        assertThat(current(file)).isFalse();
    }

    private Path migrated() {
        Path file = dir.resolve("clausewatch.db");
        Database.sqlite(file).close();
        return file;
    }

    private static boolean current(Path file) throws SQLException {
        try (Connection connection = connect(file)) {
            return AppliedSchema.isCurrent(connection, Dialect.SQLITE);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = connect(file);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
