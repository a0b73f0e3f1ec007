package io.github.govrules.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code gov} tool's entry point ({@code bin/gov}, {@code java -jar gov-examples.jar}): runs
 * {@link GovCli} and turns the failures that happen outside any command into the tool's one-line
 * error with exit status {@value GovCli#EXIT_INTERNAL}, never a stack trace: a class that cannot be
 * loaded (the jar copied without the {@code lib/} folder beside it) and running out of memory.
 *
 * <p>This class uses nothing outside the JDK, so it loads even when every library is missing.
 *
 * @since 0.1.0
 */
public final class GovLauncher {

    /** Exit status of a failure outside the tool's control (as {@code GovCli.EXIT_INTERNAL}). */
    static final int EXIT_INTERNAL = 3;

    /** Out of memory, nothing more can be allocated safely: the line is encoded in advance. */
    private static final byte[] OUT_OF_MEMORY = (outOfMemory() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);

    /** Headroom given back when memory runs out, so that the error can still be reported. */
    private static byte[] reserve = new byte[256 * 1024];

    private GovLauncher() {
    }

    /**
     * Runs the tool; see {@link GovCli#main(String[])}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        try {
            GovCli.main(args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            try {
                new FileOutputStream(FileDescriptor.err).write(OUT_OF_MEMORY);
            } catch (IOException | OutOfMemoryError ignored) {
                // nothing left to report with: the exit status still says it
            }
            Runtime.getRuntime().halt(EXIT_INTERNAL);
        } catch (LinkageError e) {
            fail(missingClass(e));
        }
    }

    /** The one line for an out-of-memory error. */
    static String outOfMemory() {
        return "gov: out of memory; give Java more with JAVA_OPTS=-Xmx1g (or larger)";
    }

    /** The one line for a class that could not be loaded or linked. */
    static String missingClass(LinkageError e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ").replace('/', '.');
        return "gov: cannot start, a class is missing or incompatible (" + what + "): the tool needs the jars of"
                + " its lib folder; run bin/gov from the unpacked distribution, or keep gov-examples.jar beside"
                + " its lib folder";
    }

    private static void fail(String line) {
        System.out.flush();
        System.err.println(line);
        System.err.flush();
        System.exit(EXIT_INTERNAL);
    }
}
