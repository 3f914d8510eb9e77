package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same commands on real PostgreSQL, selected with {@code --database postgresql://…}. */
class TrackPostgresIT {
    @TempDir
    Path dir;

    @Test
    void tracksAndShowsVersionsOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                LocalSite site = new LocalSite()) {
            String database = "postgresql://postgres:unused@localhost:" + postgres.getPort() + "/postgres";
            Path declarations = Files.createDirectories(dir.resolve("declarations"));
            Files.writeString(
                    declarations.resolve("Example.json"),
                    "{\"name\": \"Example\", \"terms\": {\"Terms of Service\": {\"fetch\": \"" + site.url("/terms")
                            + "\", \"select\": \"main\"}}}");
            site.put("/terms", Page.html(TrackCommandTest.policy("Terms", 1, "")));
            String[] track = {
                "track",
                "--data",
                dir.resolve("data").toString(),
                "--database",
                database,
                "--declarations",
                declarations.toString(),
                "--allow-private-addresses",
                "--host-delay-ms",
                "0",
                "--json"
            };
            assertThat(CliRun.run(track)
                            .json()
                            .get("documents")
                            .get(0)
                            .get("outcome")
                            .asString())
                    .isEqualTo("new-version");
            site.put("/terms", Page.html(TrackCommandTest.policy("Terms", 2, "")));
            assertThat(CliRun.run(track)
                            .json()
                            .get("documents")
                            .get(0)
                            .get("outcome")
                            .asString())
                    .isEqualTo("new-version");
            assertThat(CliRun.run(track)
                            .json()
                            .get("documents")
                            .get(0)
                            .get("outcome")
                            .asString())
                    .isEqualTo("unchanged");

            CliRun versions = CliRun.run(
                    "versions",
                    "--data",
                    dir.resolve("data").toString(),
                    "--database",
                    database,
                    "--service",
                    "Example",
                    "--type",
                    "Terms of Service",
                    "--json");
            assertThat(versions.json()).hasSize(2);
            assertThat(Files.exists(dir.resolve("data/clausewatch.db")))
                    .as("no SQLite database was created")
                    .isFalse();
        }
    }
}
