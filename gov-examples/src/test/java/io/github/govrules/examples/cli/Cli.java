package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Test harness: runs the {@code gov} tool in-process and captures stdout, stderr and the exit status.
 */
final class Cli {

    private Cli() {
    }

    /** The outcome of one run. */
    record Result(int exitCode, String out, String err) {

        /** Lines of stdout. */
        List<String> outLines() {
            return out.lines().toList();
        }

        /** Lines of stderr. */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : err.lines().toList();
        }

        /** The value column of a {@code stats} indicator line ("  received   8   收件"), or an assertion error. */
        String indicator(String name) {
            return outLines().stream().filter(l -> l.startsWith("  " + name + " ")).findFirst()
                    .map(l -> l.strip().split("\\s{2,}")[1])
                    .orElseThrow(() -> new AssertionError(name + " not in " + this));
        }

        /** The first line of stdout, or an empty string. */
        String firstLine() {
            return outLines().isEmpty() ? "" : outLines().get(0);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code gov args...}. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GovCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /**
     * Asserts the bad-input contract: exit 2, nothing on stdout, exactly one line on stderr that
     * contains every fragment, and no stack trace or Java exception name.
     */
    static void assertOneLineBadInput(Result r, String... fragments) {
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertEquals("", r.out(), r::toString);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), () -> "stderr lacks '" + f + "': " + r);
        }
        assertFalse(r.err().contains("\tat "), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }
}
