package org.clausewatch.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.cli.Cli;

/**
 * A ClauseWatch command in a JVM of its own, as another process of one deployment runs it: on the test's class path,
 * over one data folder, database and declarations folder, fetching loopback sites without a host delay.
 */
public final class ClauseWatchProcess {
    private ClauseWatchProcess() {}

    /** {@code java JVM-FLAGS … Cli COMMAND --data … --database … --declarations … [loopback options] MORE…}. */
    public static ProcessBuilder of(
            List<String> jvmFlags, String command, Path data, String database, Path declarations, String... more) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmFlags);
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), Cli.class.getName(), command));
        line.addAll(
                List.of("--data", data.toString(), "--database", database, "--declarations", declarations.toString()));
        line.addAll(List.of("--allow-private-addresses", "--host-delay-ms", "0"));
        line.addAll(List.of(more));
        return new ProcessBuilder(line);
    }
}
