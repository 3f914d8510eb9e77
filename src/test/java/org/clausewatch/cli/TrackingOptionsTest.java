package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code track}, {@code serve} and {@code worker} take the same tracking options, and {@code serve} and {@code worker}
 * the same schedule options, each reaching the settings: a bad value is refused, named, before anything starts.
 */
class TrackingOptionsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("track", "--host-delay-ms", "-1", "must be at least 0"),
                Arguments.of("serve", "--host-delay-ms", "-1", "must be at least 0"),
                Arguments.of("worker", "--host-delay-ms", "-1", "must be at least 0"),
                Arguments.of("serve", "--track-every", "soon", "is not an ISO-8601 duration"),
                Arguments.of("worker", "--track-every", "soon", "is not an ISO-8601 duration"),
                Arguments.of("serve", "--first-pass-after", "PT0S", "must be positive"),
                Arguments.of("worker", "--first-pass-after", "PT0S", "must be positive"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueOfASharedOptionIsRefusedByEveryCommandThatTakesIt(
            String command, String option, String value, String why) {
        Path data = dir.resolve("data");

        CliRun run = CliRun.run(command, option + "=" + value, "--allow-private-addresses", "--data", data.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("clausewatch " + command + ": " + option.substring(2) + " '" + value + "' (from " + option
                        + ") " + why);
        assertThat(data).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"track", "serve", "worker"})
    void theHelpOfEachTrackingCommandDescribesTheDeclarationsAlike(String command) {
        CliRun help = CliRun.run(command, "--help");

        assertThat(help.out())
                .contains("--declarations=DIR", "the starter set", "--allow-private-addresses", "--host-delay-ms=N");
    }
}
