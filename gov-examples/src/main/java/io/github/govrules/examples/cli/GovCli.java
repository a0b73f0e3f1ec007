package io.github.govrules.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.govrules.calendar.GovRulesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code gov} command-line tool: {@code java -jar gov-examples/target/gov-examples.jar <command>}.
 *
 * <p>Exit status: {@value #EXIT_OK} on success; {@value #EXIT_PROBLEMS} when a command ran but
 * found problems (lint findings, a case with missing materials is not a problem);
 * {@value #EXIT_BAD_INPUT} on bad input anywhere (missing file, bad JSON, unknown pack or
 * calendar, date outside the calendar data, bad option) with one line on stderr naming what
 * and where; {@value #EXIT_INTERNAL} on an internal error. Stack traces are printed only with
 * {@code --verbose}.
 *
 * @since 0.1.0
 */
@Command(name = "gov",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "gov-rules: working-day deadlines, service-hall cases and rule packs from the command line.",
        description = "Run as: java -jar gov-examples/target/gov-examples.jar <command> [options]",
        footer = {"", "Exit status: 0 success, 1 ran but found problems, 2 bad input (one line on stderr), 3 internal error."},
        subcommands = {
            DemoCommand.class,
            DeadlineCommand.class,
            CalendarCommand.class,
            CheckCommand.class,
            LintCommand.class,
            StatsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class GovCli implements Callable<Integer> {

    /** Exit status on success. */
    public static final int EXIT_OK = 0;
    /** Exit status when a command ran but found problems (e.g. lint findings). */
    public static final int EXIT_PROBLEMS = 1;
    /** Exit status on bad input: a one-line message on stderr names what and where. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit status on an internal error (a bug): rerun with {@code --verbose} for the stack trace. */
    public static final int EXIT_INTERNAL = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces on errors and library log messages on stderr.")
    boolean verbose;

    /** Creates the top-level command (picocli instantiates it). */
    public GovCli() {
        // options are injected by picocli
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("gov: missing command; try 'demo', 'deadline', 'calendar', 'check', 'lint' or 'stats' (see 'gov --help')");
        return EXIT_BAD_INPUT;
    }

    /**
     * Runs the tool and exits the JVM with the command's exit status. Output is UTF-8.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        // Hibernate Validator logs through JBoss Logging, which would otherwise fall back to
        // java.util.logging and print INFO lines on stderr: route it to SLF4J (off unless --verbose).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        System.exit(code);
    }

    /**
     * Runs the tool in-process, writing to the given streams (used by {@link #main} and the tests).
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the command line
     * @return the exit status
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cl = new CommandLine(new GovCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, ignoredArgs) -> {
            CommandLine failed = ex.getCommandLine();
            String name = failed.getCommandSpec().qualifiedName();
            String unknown = unknownCommand(ex);
            if (unknown != null) {
                err.println(name + ": unknown command '" + unknown + "' (commands: "
                        + String.join(", ", failed.getSubcommands().keySet()) + ")");
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println(name + ": " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            out.flush();
            String name = failed.getCommandSpec().qualifiedName();
            int code = isInternal(ex) ? EXIT_INTERNAL : EXIT_BAD_INPUT;
            err.println(name + ": " + describe(ex)
                    + (code == EXIT_INTERNAL && !verbose ? " (internal error; rerun with --verbose for details)" : ""));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        int code = cl.execute(args);
        if (out.checkError()) {
            // checkError flushes: a full disk, a closed pipe, /dev/full
            err.println("gov: cannot write the output");
            err.flush();
            return EXIT_INTERNAL;
        }
        err.flush();
        return code;
    }

    /** The word given where a command was expected, when picocli found no such command; else null. */
    private static String unknownCommand(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)
                || ex.getCommandLine().getSubcommands().isEmpty()
                || ex.getCommandLine().getParseResult() == null
                || ex.getCommandLine().getParseResult().hasSubcommand()) {
            return null;
        }
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return null;
        }
        return unmatched.get(0);
    }

    /** Programming errors, as opposed to bad input the library rejected with a message. */
    private static boolean isInternal(Throwable ex) {
        return ex instanceof NullPointerException
                || ex instanceof ClassCastException
                || ex instanceof IndexOutOfBoundsException
                || ex instanceof ArithmeticException
                || ex instanceof UnsupportedOperationException
                || ex instanceof StackOverflowError
                || ex instanceof LinkageError;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = ex.getCause();
            return cause != null && cause != ex ? describe(cause) : ex.getClass().getSimpleName();
        }
        if (ex instanceof CliInputException || ex instanceof GovRulesException) {
            return oneLine(message);
        }
        if (isInternal(ex)) {
            return ex.getClass().getSimpleName() + ": " + oneLine(message);
        }
        return oneLine(message);
    }

    /** Collapses a multi-line message into one line. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
