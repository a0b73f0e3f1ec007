package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class LintCommandTest {

    private static final Path BUNDLED_PACKS = Path.of("..", "gov-rules", "src", "main", "resources", "io", "github",
            "govrules", "rules", "packs");

    @Test
    void bundledProvincialPackIsCleanAndExitsZero() {
        Path pack = BUNDLED_PACKS.resolve("cn-zj");
        assertTrue(Files.isDirectory(pack), pack.toAbsolutePath().toString());
        Cli.Result r = Cli.run("lint", "--pack", pack.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, r.outLines().size(), r::toString);
        assertTrue(r.firstLine().endsWith("cn-zj: 0 problems, 5 scenarios passed, 0 failed")
                || r.firstLine().matches(".*cn-zj: 0 problems, \\d+ scenarios passed, 0 failed"), r::toString);
    }

    @Test
    void brokenPackPrintsEachProblemAsFileLineColumnAndExitsOne() {
        Path pack = Samples.path("packs").resolve("cn-demo-broken");
        Cli.Result r = Cli.run("lint", "--pack", pack.toString());
        assertEquals(1, r.exitCode(), r::toString);
        List<String> lines = r.outLines();
        String drl = pack.resolve("classification.drl").toString();
        assertTrue(lines.get(0).startsWith(drl + ":6:1: rule \"An item decided by a higher level"), r::toString);
        assertTrue(lines.get(0).contains("has no legal basis"), r::toString);
        assertTrue(lines.get(1).startsWith(drl + ":18:15: unknown field 'fastTrack' on ItemFact"), r::toString);
        assertTrue(lines.get(lines.size() - 1).endsWith("cn-demo-broken: 2 problems, 0 scenarios passed, 0 failed"), r::toString);
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.matches("[^:]+:\\d+:\\d+: .+"), line);
        }
    }
}
