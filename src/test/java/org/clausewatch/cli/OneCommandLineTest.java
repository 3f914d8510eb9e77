package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A command line names one command: only that command is built, and it says and does what it did among all. */
class OneCommandLineTest {
    @Test
    void buildsOnlyTheCommandNamed() {
        assertThat(Cli.commandLine("status", "--data", "x").getSubcommands()).containsOnlyKeys("status");
        assertThat(Cli.commandLine("user", "add").getSubcommands()).containsOnlyKeys("user");
        assertThat(Cli.commandLine("user", "add").getSubcommands().get("user").getSubcommands())
                .isNotEmpty();
    }

    @Test
    void buildsEveryCommandForHelpAndForANameItDoesNotKnow() {
        int all = Cli.commandLine("--help").getSubcommands().size();
        assertThat(all).isGreaterThan(15);
        assertThat(Cli.commandLine().getSubcommands()).hasSize(all);
        assertThat(Cli.commandLine("help", "track").getSubcommands()).hasSize(all);
        assertThat(Cli.commandLine("trak").getSubcommands()).hasSize(all);
    }

    @Test
    void aCommandsHelpAndErrorsAreTheSameAsAmongAllCommands() {
        assertThat(run("track", "--help")).isEqualTo(run("help", "track"));
        assertThat(run("track", "--no-such-option"))
                .contains("clausewatch: Unknown option: '--no-such-option'")
                .contains("see 'clausewatch track --help'");
        assertThat(run("trak")).contains("unknown command 'trak'");
    }

    private static String run(String... args) {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text, true);
        Cli.execute(writer, writer, args);
        return text.toString();
    }
}
