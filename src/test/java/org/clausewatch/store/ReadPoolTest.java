package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's read connections: as many as the web server's request threads, each wait for one bounded. */
class ReadPoolTest {
    @TempDir
    Path dir;

    @Test
    void readsRunSideBySideOnEveryReaderConnection() {
        try (Database database = Database.sqlite(dir.resolve("pool.db"))) {
            database.store().ensureDocument("Example", "Terms of Service");
            List<Handle> held = new ArrayList<>();
            try {
                for (int i = 0; i < Database.SQLITE_READERS - 1; i++) {
                    held.add(database.reads().open());
                }
                assertThat(database.store().documents())
                        .extracting(DocumentRow::service)
                        .containsExactly("Example");
            } finally {
                held.forEach(Handle::close);
            }
        }
    }

    @Test
    void aReadThatFindsNoFreeConnectionFailsAsBusyNamingTheOperation() {
        try (Database database = Database.sqlite(dir.resolve("pool.db"))) {
            List<Handle> held = new ArrayList<>();
            try {
                for (int i = 0; i < Database.SQLITE_READERS; i++) {
                    held.add(database.reads().open());
                }
                assertThatThrownBy(() -> database.store().documents())
                        .isInstanceOf(StoreBusyException.class)
                        .hasMessageContaining("list documents")
                        .hasMessageContaining(Database.CONNECTION_WAIT_MS + " ms");
                assertThatThrownBy(() -> database.store().browsing().services())
                        .isInstanceOf(StoreBusyException.class)
                        .hasMessageContaining("list services");
            } finally {
                held.forEach(Handle::close);
            }
            assertThat(database.store().documents()).isEmpty();
        }
    }
}
