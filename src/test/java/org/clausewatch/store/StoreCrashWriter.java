package org.clausewatch.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.clausewatch.version.VersionFlag;

/**
 * Child process of {@link StoreCrashIT}: records versions (each linked to two fresh captures) until it is killed,
 * printing {@code committed <n>} after each commit returns.
 */
final class StoreCrashWriter {
    private StoreCrashWriter() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (Database database = Database.sqlite(file)) {
            Store store = database.store();
            long doc = store.ensureDocument("Crash", "Terms of Service");
            int next = store.versions(doc).size();
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            for (int n = next; ; n++) {
                Instant at = start.plusSeconds(n);
                long a = store.recordCapture(capture(doc, at, n, "a"));
                long b = store.recordCapture(capture(doc, at, n, "b"));
                String text = text(n);
                store.recordVersion(new NewVersion(
                        doc, at, text, Sha256.of(text), Set.of(VersionFlag.IMPORTED), "x", List.of(a, b)));
                System.out.println("committed " + n);
                System.out.flush();
            }
        }
    }

    static String text(int n) {
        return ("# Terms revision " + n + "\n\n" + "clause ".repeat(2000 + n % 1000)).strip() + "\n";
    }

    private static NewCapture capture(long doc, Instant at, int n, String part) {
        return new NewCapture(
                Optional.of(doc),
                "https://example.org/" + part,
                at,
                200,
                "text/html",
                Sha256.of(n + part),
                10,
                Optional.empty(),
                Optional.empty(),
                "crash.warc.gz",
                n,
                10,
                "urn:uuid:" + n + "-" + part + "-" + System.nanoTime(),
                false,
                false);
    }
}
