package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.clausewatch.version.VersionFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a process that is writing versions at a random moment; what it committed must be whole and usable. */
class StoreCrashIT {
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void neverShowsAHalfRecordedVersionAfterTheWriterIsKilled() throws Exception {
        Path file = dir.resolve("clausewatch.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int lastCommitted = -1;
        for (int round = 0; round < ROUNDS; round++) {
            lastCommitted = killWriterAfter(file, 3 + random.nextInt(40));
            assertWhole(file, lastCommitted, "seed " + seed + ", round " + round);
        }
        try (Database database = Database.sqlite(file)) {
            Store store = database.store();
            long doc = store.document("Crash", "Terms of Service").orElseThrow().id();
            int count = store.versions(doc).size();
            String text = "# after the crashes\n";
            store.recordVersion(new NewVersion(
                    doc,
                    java.time.Instant.parse("2030-01-01T00:00:00Z"),
                    text,
                    Sha256.of(text),
                    Set.of(),
                    "x",
                    List.of()));
            assertThat(store.versions(doc)).hasSize(count + 1);
            assertThat(count).isGreaterThan(lastCommitted);
        }
    }

    /** Starts the writer, waits until it reported {@code commits} more commits, kills it; returns the last reported. */
    private static int killWriterAfter(Path file, int commits) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreCrashWriter.class.getName(),
                        file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int last = -1;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < commits && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    last = Integer.parseInt(line.substring("committed ".length()));
                    seen++;
                }
            }
            child.destroyForcibly();
            child.waitFor();
            assertThat(seen)
                    .as("commits reported by the writer before it was killed")
                    .isEqualTo(commits);
        }
        return last;
    }

    private static void assertWhole(Path file, int lastCommitted, String context) {
        try (Database database = Database.sqlite(file)) {
            Store store = database.store();
            long doc = store.document("Crash", "Terms of Service").orElseThrow().id();
            List<VersionRow> versions = store.versions(doc);
            assertThat(versions.size()).as(context).isGreaterThan(lastCommitted);
            for (VersionRow version : versions) {
                if (version.flags().contains(VersionFlag.IMPORTED)) {
                    assertThat(Sha256.of(store.markdown(version.id())))
                            .as(context)
                            .isEqualTo(version.sha256());
                    assertThat(version.captureIds()).as(context).hasSize(2);
                    assertThat(version.captureIds())
                            .allSatisfy(id -> assertThat(store.capture(id)).isPresent());
                }
            }
        }
    }
}
