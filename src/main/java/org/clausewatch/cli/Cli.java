package org.clausewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code clausewatch} command and its sub-commands: the entry point of ClauseWatch. */
@Command(
        name = "clausewatch",
        mixinStandardHelpOptions = true,
        version = "ClauseWatch 0.1.0",
        description = "Watches governance documents, keeps every capture as evidence, and records every version.")
public final class Cli implements Runnable {
    /**
     * The commands, in the order {@code --help} lists them. Picocli reads a command's annotations when the command is
     * added, which costs a one-shot process more than a second of CPU for all of them (see {@link #commandLine}).
     */
    private static final List<Class<?>> COMMANDS = List.of(
            TrackCommand.class,
            ImportOtaCommand.class,
            VersionsCommand.class,
            ShowCommand.class,
            ChangesCommand.class,
            ProvisionHistoryCommand.class,
            StatusCommand.class,
            CheckDeclarationsCommand.class,
            ReextractCommand.class,
            VerifyCommand.class,
            ExportCdxjCommand.class,
            ReportCommand.class,
            EvidenceCommand.class,
            VerifyEvidenceCommand.class,
            AnalyseCommand.class,
            CompareCommand.class,
            ClassifyCommand.class,
            ServeCommand.class,
            WorkerCommand.class,
            UserCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit status for bad arguments, as documented for every command. */
    static final int BAD_ARGUMENTS = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required; see 'clausewatch --help'");
    }

    /** The entry point of the {@code clausewatch} launcher and the jar. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status: 0 done, 1 failed, 2 bad arguments. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(args);
        headlines(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, ignored) -> badArguments(e, err));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> failed(e, line, err));
        return commandLine.execute(args);
    }

    /**
     * The command line with only the command {@code args} name when they start with one, else with every command (for
     * {@code --help}, {@code help}, a mistyped name): what a command does, says and accepts is the same either way.
     */
    static CommandLine commandLine(String... args) {
        CommandLine line = new CommandLine(new Cli());
        Optional<Class<?>> named = args.length == 0 ? Optional.empty() : named(args[0]);
        if (named.isPresent() && named.orElseThrow() != CommandLine.HelpCommand.class) {
            line.addSubcommand(named.orElseThrow());
        } else {
            COMMANDS.forEach(line::addSubcommand);
        }
        return line;
    }

    private static Optional<Class<?>> named(String argument) {
        return COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(argument))
                .findFirst();
    }

    /**
     * The list of commands in {@code --help} shows each command's header, or else the first line of its description,
     * which is cut mid-sentence: each command whose description runs over several lines is headed by its first
     * sentence, and its own help goes on with the rest.
     */
    private static void headlines(CommandLine line) {
        for (CommandLine sub : line.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            String described = String.join(" ", usage.description()).strip();
            if (usage.header().length == 0 && usage.description().length > 1) {
                int end = FIRST_SENTENCE.matcher(described).find() ? firstSentenceEnd(described) : described.length();
                usage.header(described.substring(0, end).strip());
                String rest = described.substring(end).strip();
                usage.description(rest.isEmpty() ? new String[0] : new String[] {rest});
            }
            headlines(sub);
        }
    }

    /** A sentence ends at a full stop followed by a space and a capital, not inside "e.g. F1" or "(default: now)". */
    private static final java.util.regex.Pattern FIRST_SENTENCE =
            java.util.regex.Pattern.compile("(?<!\\be\\.g)(?<!\\bi\\.e)\\.\\s+(?=[A-Z])");

    private static int firstSentenceEnd(String text) {
        java.util.regex.Matcher end = FIRST_SENTENCE.matcher(text);
        return end.find() ? end.start() + 1 : text.length();
    }

    private static int badArguments(CommandLine.ParameterException e, PrintWriter err) {
        String command = e.getCommandLine().getCommandName();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && e.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            err.println(
                    "clausewatch: unknown command '" + unmatched.getUnmatched().getFirst() + "'; see --help");
            return BAD_ARGUMENTS;
        }
        err.println(
                "clausewatch: " + e.getMessage() + " (see '" + qualified(e.getCommandLine(), command) + " --help')");
        return BAD_ARGUMENTS;
    }

    private static int failed(Exception e, CommandLine line, PrintWriter err) {
        String command = path(line);
        if (e instanceof IllegalArgumentException) {
            err.println("clausewatch " + command + ": " + e.getMessage());
            return BAD_ARGUMENTS;
        }
        err.println("clausewatch " + command + ": " + describe(e));
        return 1;
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    private static String qualified(CommandLine line, String command) {
        return line.getParent() == null ? "clausewatch" : "clausewatch " + path(line);
    }

    /** A command's name with its parents' below the root: "user add", so errors say "clausewatch user add: …". */
    private static String path(CommandLine line) {
        String name = line.getCommandName();
        for (CommandLine parent = line.getParent();
                parent != null && parent.getParent() != null;
                parent = parent.getParent()) {
            name = parent.getCommandName() + " " + name;
        }
        return name;
    }
}
