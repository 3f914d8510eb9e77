package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewatch.common.Sha256;
import org.clausewatch.store.Database;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRow;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a tracking process at random moments while the site keeps changing, then checks that every recorded
 * version is whole (text, digest, captures) and that the next run carries on.
 */
class TrackCrashIT {
    @TempDir
    Path dir;

    @Test
    void killingTrackingAtAnyMomentLeavesNoHalfRecordedVersion() throws Exception {
        Path data = dir.resolve("data");
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        AtomicInteger edition = new AtomicInteger();
        try (LocalSite site = new LocalSite();
                ScheduledExecutorService editor = Executors.newSingleThreadScheduledExecutor()) {
            List<String> paths = List.of("/a", "/b", "/c");
            Files.writeString(declarations.resolve("Crash.json"), declaration(site, paths));
            editor.scheduleAtFixedRate(
                    () -> publish(site, paths, edition.incrementAndGet()), 0, 40, TimeUnit.MILLISECONDS);
            Random random = new Random(7);
            for (int round = 0; round < 4; round++) {
                runAndKill(data, declarations, random.nextInt(1500));
            }
            editor.shutdownNow();
            assertEveryVersionIsWhole(data);
            CliRun again = CliRun.run(
                    "track",
                    "--data",
                    data.toString(),
                    "--declarations",
                    declarations.toString(),
                    "--allow-private-addresses",
                    "--host-delay-ms",
                    "0",
                    "--json");
            assertThat(again.status()).as(again.err()).isZero();
            assertThat(again.json().get("documents").findValuesAsString("outcome"))
                    .doesNotContain("failed");
        }
        CliRun verify = CliRun.run("verify", "--data", data.toString(), "--json");
        assertThat(verify.status()).as(verify.out()).isZero();
        assertThat(verify.json().get("capturesChecked").asInt()).isPositive();
        assertThat(verify.json().get("custody").get("intact").asBoolean()).isTrue();
        assertThat(verify.json().get("custody").get("links").asLong())
                .isEqualTo(verify.json().get("capturesChecked").asLong());
    }

    private static String declaration(LocalSite site, List<String> paths) {
        StringBuilder json = new StringBuilder("{\"name\": \"Crash\", \"terms\": {");
        String[] types = {"Terms of Service", "Privacy Policy", "Acceptable Use Policy"};
        for (int i = 0; i < paths.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(types[i])
                    .append("\": {\"fetch\": \"")
                    .append(site.url(paths.get(i), i + 1))
                    .append("\", \"select\": \"main\"}");
        }
        return json.append("}}").toString();
    }

    private static void publish(LocalSite site, List<String> paths, int edition) {
        for (String path : paths) {
            site.put(
                    path,
                    Page.html(TrackCommandTest.policy(path, 1, "<p>Edition " + edition + " of " + path + ".</p>")));
        }
    }

    private static void runAndKill(Path data, Path declarations, long millis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        TrackLoop.class.getName(),
                        data.toString(),
                        declarations.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        CountDownLatch firstPass = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            try (var lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    firstPass.countDown();
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        try {
            // Kill at a random moment after the first whole pass, wherever the next pass then is.
            assertThat(firstPass.await(2, TimeUnit.MINUTES))
                    .as("the child finished a first pass")
                    .isTrue();
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private static void assertEveryVersionIsWhole(Path data) {
        try (Database database = Database.sqlite(data.resolve("clausewatch.db"))) {
            Store store = database.store();
            int versions = 0;
            for (DocumentRow document : store.documents()) {
                for (VersionRow version : store.versions(document.id())) {
                    assertThat(Sha256.of(store.markdown(version.id()))).isEqualTo(version.sha256());
                    assertThat(version.captureIds()).isNotEmpty();
                    version.captureIds()
                            .forEach(id -> assertThat(store.capture(id)).isPresent());
                    versions++;
                }
            }
            assertThat(versions)
                    .as("the child recorded versions before it was killed")
                    .isGreaterThan(3);
        }
    }
}
