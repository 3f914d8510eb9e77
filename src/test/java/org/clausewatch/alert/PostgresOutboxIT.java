package org.clausewatch.alert;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewatch.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The outbox contract on a real PostgreSQL server (embedded binaries), one fresh database per test. */
class PostgresOutboxIT extends OutboxContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private String name;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    Database openDatabase() throws Exception {
        name = "alerts_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return reopenDatabase();
    }

    @Override
    Database reopenDatabase() {
        return Database.open("postgresql://postgres:unused@localhost:" + postgres.getPort() + "/" + name);
    }
}
