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
 * The {@code gov} command-line tool: {@code gov <command>} ({@code bin/gov} of the distribution, or {@code java -jar gov-examples.jar}).
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
        description = "Run as: gov <command> [options] (bin/gov of the distribution, or java -jar gov-examples.jar)",
        footer = {"", "Exit status: 0 success, 1 ran but found problems, 2 bad input (one line on stderr), 3 internal error;"
            + " 141 when the reader of the output went away (| head): the work stops there, quietly."},
        subcommands = {
            DemoCommand.class,
            DeadlineCommand.class,
            CalendarCommand.class,
            CheckCommand.class,
            LintCommand.class,
            StatsCommand.class,
            CompletionCommand.class,
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
    /**
     * Exit status when the reader of standard output went away (a closed pipe, {@code gov ... | head}):
     * 128 + SIGPIPE, what a shell reports for a program the signal ended. Nothing is printed.
     */
    public static final int EXIT_CLOSED_PIPE = 141;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces on errors and library log messages on stderr.")
    boolean verbose;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of the human output (text, the demo, reports): zh 中文 or en. Default: the locale's (zh under a Chinese locale, else en).")
    Texts.Lang lang;

    /** The language of the human output: {@code --lang}, else the default locale's. */
    Texts.Lang lang() {
        return lang != null ? lang : Texts.Lang.fromLocale(java.util.Locale.getDefault());
    }

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
        String[] relaunched = Utf8Relaunch.decoded(args);
        if (relaunched != null) {
            args = relaunched;
        } else {
            int code = Utf8Relaunch.relaunchIfNeeded(args);
            if (code >= 0) {
                System.exit(code);
            }
        }
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        // Hibernate Validator logs through JBoss Logging, which would otherwise fall back to
        // java.util.logging and print INFO lines on stderr: route it to SLF4J (off unless --verbose).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new GuardedOutputStream(new FileOutputStream(FileDescriptor.out)), StandardCharsets.UTF_8), 1 << 16), false);
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
        cl.setParameterExceptionHandler((ex, givenArgs) -> {
            CommandLine failed = ex.getCommandLine();
            String name = failed.getCommandSpec().qualifiedName();
            String unknown = unknownCommand(ex);
            String didYouMean = didYouMean(ex);
            String unknownOption = ex instanceof CommandLine.MissingParameterException ? unknownOption(failed, givenArgs) : null;
            if (unknownOption != null) {
                // picocli names a missing required option first; a mistyped one is the likelier story
                err.println(name + ": unknown option '" + unknownOption + "'" + similar(unknownOption, failed)
                        + " (see '" + name + " --help')");
                err.flush();
                return EXIT_BAD_INPUT;
            }
            if (unknown != null) {
                err.println(name + ": unknown command '" + unknown + "'" + didYouMean + " (commands: "
                        + String.join(", ", failed.getSubcommands().keySet()) + ")");
                err.flush();
                return EXIT_BAD_INPUT;
            }
            if (String.valueOf(ex.getMessage()).contains("Malformed input or input contains unmappable characters")) {
                err.println(name + ": " + unencodable(ex.getMessage()));
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println(name + ": " + oneLine(ex.getMessage()) + didYouMean + " (see '" + name + " --help')");
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            ClosedOutputException closed = closedOutput(ex);
            if (closed != null) {
                return closed(closed, err);
            }
            if (ex.getCause() instanceof OutOfMemoryError) {
                err.println(failed.getCommandSpec().qualifiedName() + ": out of memory (the Java heap holds at most "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give more with java -Xmx...");
                err.flush();
                return EXIT_INTERNAL;
            }
            flushQuietly(out);
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
        int code;
        try {
            code = cl.execute(args);
            if (out.checkError()) {
                // checkError flushes: a full disk, a closed pipe, /dev/full
                err.println("gov: cannot write the output");
                err.flush();
                return EXIT_INTERNAL;
            }
        } catch (ClosedOutputException e) {
            return closed(e, err);
        } catch (OutOfMemoryError e) {
            err.println("gov: out of memory (the Java heap holds at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give more with java -Xmx...");
            err.flush();
            return EXIT_INTERNAL;
        } catch (RuntimeException | Error e) {
            // whatever escaped picocli's handlers (help printing, a handler's own failure): one line, no trace
            err.println("gov: " + describe(e) + (verbose ? "" : " (internal error; rerun with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return EXIT_INTERNAL;
        }
        err.flush();
        return code;
    }

    /** The quiet end of a closed pipe (exit 141, nothing said), or one line for another write failure (exit 3). */
    private static int closed(ClosedOutputException e, PrintWriter err) {
        if (e.isClosedPipe()) {
            err.flush();
            return EXIT_CLOSED_PIPE;
        }
        err.println("gov: cannot write the output (" + e.getMessage() + ")");
        err.flush();
        return EXIT_INTERNAL;
    }

    private static ClosedOutputException closedOutput(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClosedOutputException c) {
                return c;
            }
        }
        return null;
    }

    private static void flushQuietly(PrintWriter out) {
        try {
            out.flush();
        } catch (ClosedOutputException e) {
            // the error message still goes to stderr
        }
    }

    /** A file name the locale's charset cannot hold (LANG=C and a Chinese name), in words saying what to do. */
    private static String unencodable(String picocliMessage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("option '([^']+)': cannot convert '(.*)' to").matcher(picocliMessage);
        String where = m.find() ? m.group(1) + ": the file name '" + m.group(2) + "'" : "a file name";
        return where + " cannot be used under this locale, whose charset (" + System.getProperty("sun.jnu.encoding")
                + ") has no such characters; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
    }

    /** The first word that looks like an option but is none of the command's, or null. */
    private static String unknownOption(CommandLine command, String[] args) {
        CommandSpec spec = command.getCommandSpec();
        boolean afterName = false;
        for (String a : args) {
            if (!afterName) {
                afterName = a.equals(spec.name());
                continue;
            }
            if (a.equals("--")) {
                return null;
            }
            if (a.startsWith("-") && a.length() > 1 && !Character.isDigit(a.charAt(1))) {
                String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (spec.findOption(option) == null) {
                    return option;
                }
            }
        }
        return null;
    }

    /** "; did you mean '--pack'?" for the command's option names closest to a mistyped one, or "". */
    private static String similar(String typed, CommandLine command) {
        List<String> best = new java.util.ArrayList<>();
        int bestDistance = Math.max(2, typed.length() / 3) + 1;
        for (String name : command.getCommandSpec().optionsMap().keySet()) {
            int d = distance(typed, name);
            if (d < bestDistance) {
                best.clear();
                bestDistance = d;
            }
            if (d == bestDistance) {
                best.add(name);
            }
        }
        return best.isEmpty() ? "" : "; did you mean " + best.stream().sorted().limit(3).map(x -> "'" + x + "'")
                .collect(java.util.stream.Collectors.joining(" or ")) + "?";
    }

    /** The edit distance (Levenshtein) of two words. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** picocli's "did you mean" for a mistyped command or option: "; did you mean 'check'?", or "". */
    private static String didYouMean(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
            return "";
        }
        List<String> suggestions = u.getSuggestions();
        if (suggestions == null || suggestions.isEmpty()) {
            return "";
        }
        return "; did you mean " + suggestions.stream().limit(3).map(x -> "'" + x + "'")
                .collect(java.util.stream.Collectors.joining(" or ")) + "?";
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
