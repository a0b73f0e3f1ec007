package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GovCliTest {

    @Test
    void versionPrintsTheBuildVersionAndExitsZero() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.firstLine().startsWith("gov-rules examples 0."), r::toString);
        assertFalse(r.firstLine().contains("${"), "version resource must be filtered: " + r);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Usage: gov"), r::toString);
        assertTrue(r.out().contains("Exit status: 0 success"), r::toString);
    }

    @Test
    void noCommandIsBadInputWithOneLineOnStderr() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("gov: missing command"), r::toString);
    }

    @Test
    void unknownOptionIsBadInputWithOneLineNamingTheOption() {
        Cli.Result r = Cli.run("--frobnicate");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("'--frobnicate'"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void unknownCommandIsBadInput() {
        Cli.Result r = Cli.run("frobnicate");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("frobnicate"), r::toString);
    }

    @Test
    void multiLineMessagesAreFoldedIntoOneLine() {
        assertEquals("a; b; c", GovCli.oneLine("a\n  b\r\nc\n"));
    }
}
