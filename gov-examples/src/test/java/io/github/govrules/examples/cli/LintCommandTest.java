package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.govrules.rules.RuleEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aBundledIdIsTakenInAnyCase() {
        Cli.Result lint = Cli.run("lint", "--pack", "CN-ZJ");
        assertEquals(0, lint.exitCode(), lint::toString);
        assertEquals(List.of("cn-zj: 0 problems, 5 scenarios passed, 0 failed"), lint.outLines(), lint::toString);
        Cli.Result check = Cli.run("check", "--pack", "CN-ZJ", "--case", Samples.path("printing-licence.json").toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("Pack cn-zj "), check::toString);
    }

    @Test
    void aBundledIdIsLintedLikeItsFolderAndNamedByTheId() {
        Cli.Result byId = Cli.run("lint", "--pack", "cn-zj");
        assertEquals(0, byId.exitCode(), byId::toString);
        assertEquals(List.of("cn-zj: 0 problems, 5 scenarios passed, 0 failed"), byId.outLines(), byId::toString);
        assertEquals("", byId.err(), byId::toString);
        // the same pack given as its folder: the same counts
        Cli.Result byFolder = Cli.run("lint", "--pack", BUNDLED_PACKS.resolve("cn-zj").toString());
        assertTrue(byFolder.firstLine().endsWith(byId.firstLine()), byFolder::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cn", "cn-zj", "cn-sc"})
    void everyBundledPackIsCleanById(String id) {
        assertTrue(RuleEngine.BUNDLED.contains(id));
        Cli.Result r = Cli.run("lint", "--pack", id);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, r.outLines().size(), r::toString);
        assertTrue(r.firstLine().matches(id + ": 0 problems, [1-9]\\d* scenarios passed, 0 failed"), r::toString);
    }

    @Test
    void theBundledIdsAreExactlyTheTestedOnes() {
        assertEquals(List.of("cn", "cn-zj", "cn-sc"), RuleEngine.BUNDLED);
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
