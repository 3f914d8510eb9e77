package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.testing.ClauseWatchProcess;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.LocalSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three {@code track} processes started at once on one PostgreSQL database and one data folder share one pass: every
 * document is tracked by exactly one of them, without failure, and the custody chain stays one unbroken chain.
 */
class ConcurrentTrackIT {
    private static final int DOCUMENTS = 45;
    private static final int HOSTS = 3;
    private static final int PROCESSES = 3;

    @TempDir
    Path dir;

    @Test
    void threeTrackProcessesAtOnceShareOnePassWithoutFailure() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                LocalSite site = new LocalSite()) {
            String database = "postgresql://postgres:unused@localhost:" + postgres.getPort() + "/postgres";
            Path declarations = site.declareServices(
                    dir.resolve("declarations"), DOCUMENTS, HOSTS, i -> TrackCommandTest.policy("Terms " + i, 1, ""));
            List<Process> children = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                children.add(track(database, declarations, dir.resolve("out-" + i + ".json")));
            }
            List<JsonNode> outcomes = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Process child = children.get(i);
                assertThat(child.waitFor()).as(errors(i)).isZero();
                JsonMapper json = JsonMapper.builder().build();
                json.readTree(Files.readString(dir.resolve("out-" + i + ".json")))
                        .get("documents")
                        .forEach(outcomes::add);
            }
            assertThat(outcomes.stream().map(o -> o.get("service").asString()))
                    .as("every document tracked by exactly one of the processes")
                    .hasSize(DOCUMENTS)
                    .doesNotHaveDuplicates();
            assertThat(outcomes)
                    .as("outcomes of every process")
                    .allSatisfy(o -> assertThat(o.get("outcome").asString())
                            .as(o.toString())
                            .isNotEqualTo("failed"));
            CliRun verify =
                    CliRun.run("verify", "--data", dir.resolve("data").toString(), "--database", database, "--json");
            assertThat(verify.json().get("custody").get("intact").asBoolean())
                    .as(verify.out())
                    .isTrue();
        }
    }

    private String errors(int child) throws IOException {
        return Files.readString(dir.resolve("out-" + child + ".json.err"), StandardCharsets.UTF_8);
    }

    private Process track(String database, Path declarations, Path out) throws IOException {
        return ClauseWatchProcess.of(
                        List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                        "track",
                        dir.resolve("data"),
                        database,
                        declarations,
                        "--json")
                .redirectOutput(out.toFile())
                .redirectError(Path.of(out + ".err").toFile())
                .start();
    }
}
