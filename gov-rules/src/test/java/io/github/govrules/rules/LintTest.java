package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.rules.testing.PackScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an integrator does: copy a shipped pack, change a rule, lint it, run its scenarios. */
class LintTest {

    @TempDir
    Path tmp;

    @Test
    void aCopiedProvincialPackIsCleanAndRunsEveryScenario() {
        Path dir = TestPacks.copyBundled("cn-sc", tmp.resolve("cn-sc"));
        LintReport report = RuleEngine.lint(dir);
        assertTrue(report.isClean(), report.lines().toString());
        assertEquals(10, report.scenarios().size());
        assertEquals(List.of(), report.lines());
        assertTrue(report.summary().endsWith("0 problems, 10 scenarios passed, 0 failed"), report.summary());
    }

    @Test
    void everyBundledPackLintsCleanByItsId() {
        for (String id : RuleEngine.BUNDLED) {
            LintReport report = RuleEngine.lintBundled(id);
            assertTrue(report.isClean(), id + ": " + report.lines());
            assertFalse(report.scenarios().isEmpty(), id);
            assertTrue(report.summary().startsWith(id + ": 0 problems"), report.summary());
        }
        assertEquals(10, RuleEngine.lintBundled("cn-sc").scenarios().size());
    }

    @Test
    void anUnknownBundledIdIsAProblemOfTheReportNamingTheId() {
        LintReport report = RuleEngine.lintBundled("cn-xx");
        assertFalse(report.isClean());
        assertEquals(1, report.lines().size(), report.lines().toString());
        assertTrue(report.lines().get(0).contains("no bundled pack 'cn-xx'"), report.lines().get(0));
        assertTrue(report.scenarios().isEmpty());
    }

    @Test
    void aBrokenRuleIsReportedAsFileLineColumnMessage() throws Exception {
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("cn-zj"));
        Path drl = dir.resolve("classification.drl");
        Files.writeString(drl, Files.readString(drl).replace("ItemFact( decidedByHigherLevel )",
                "ItemFact( decidedByHigherLevl )"));
        LintReport report = RuleEngine.lint(dir);
        assertFalse(report.isClean());
        assertEquals(1, report.lines().size(), report.lines().toString());
        String line = report.lines().get(0);
        List<String> text = Files.readAllLines(drl);
        int lineNo = 0;
        while (!text.get(lineNo).contains("decidedByHigherLevl")) {
            lineNo++;
        }
        int column = text.get(lineNo).indexOf("decidedByHigherLevl") + 1;
        assertTrue(line.startsWith(drl + ":" + (lineNo + 1) + ":" + column
                + ": unknown field 'decidedByHigherLevl' on ItemFact"), line);
        assertTrue(report.scenarios().isEmpty(), "scenarios do not run on a pack that does not build");
    }

    @Test
    void aChangedRuleThatBreaksAScenarioNamesTheScenarioAndTheExpectation() throws Exception {
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("cn-zj"));
        Path manifest = dir.resolve("pack.yaml");
        // the province decides its reported-up cases now count nationally as promised (2), not other (9)
        Files.writeString(manifest, Files.readString(manifest).replace("nationalType: 9", "nationalType: 2"));
        LintReport report = RuleEngine.lint(dir);
        assertFalse(report.isClean());
        List<String> lines = report.lines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(dir.resolve("scenarios.yaml") + ":4:1: scenario \"选址意见书 上报件 材料齐全"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("expected national type 9 (other) but was 2 (promised)"), lines.get(0));
    }

    @Test
    void aMalformedScenarioFileIsLocated() {
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("cn-zj"));
        TestPacks.write(dir, "scenarios.yaml", "catalog: items.yaml\nscenarios:\n  - name: x\n    item: \"11330106002000300M1000101015000\"\n"
                + "    receivedOn: 2025-09-19\n    expect: {kind: reported-up, colour: red}\n");
        LintReport report = RuleEngine.lint(dir);
        assertEquals(1, report.problems().size(), report.lines().toString());
        PackProblem p = report.problems().get(0);
        assertEquals(6, p.line());
        assertTrue(p.message().contains("colour"), p.message());
    }

    /** A scenario of the fund item, received on {@code received} and decided on {@code decided} (null: not given). */
    private static String fundScenario(String name, String received, String decided) {
        return "  - name: \"" + name + "\"\n    item: \"" + Fixtures.FUND + "\"\n    situations: [fund-loan]\n"
                + "    submitted:\n      - {code: approval-form, form: ORIGINAL}\n      - {code: id-card, form: ORIGINAL}\n"
                + "      - {code: id-card, form: COPY}\n    receivedOn: " + received + "\n"
                + (decided == null ? "" : "    decidedOn: " + decided + "\n") + "    expect: {status: ACCEPTED}\n";
    }

    @Test
    void aScenarioDecidedOnADayTheVersionIsNotInForceIsRefusedAtItsDate() throws Throwable {
        Path dir = TestPacks.copyBundled("cn", tmp.resolve("cn"));
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("cn", "2025.1", "2025-01-01", "2026-01-01",
                List.of("completeness.drl", "classification.drl")).replace("scenarios: []", "scenarios: [scenarios.yaml]"));
        TestPacks.write(dir, "scenarios.yaml", "scenarios:\n"
                + fundScenario("before", "2024-06-03", null)                 // line 2, receivedOn at line 9
                + fundScenario("decided after", "2025-12-30", "2026-01-05")); // line 11, decidedOn at line 19
        LintReport report = RuleEngine.lint(dir);
        List<String> lines = report.lines();
        assertEquals(2, report.problems().size(), lines.toString());
        PackProblem before = report.problems().get(0);
        assertTrue(before.file().endsWith("scenarios.yaml"), before.toString());
        assertEquals(9, before.line(), before.toString());
        assertEquals(17, before.column(), before.toString());
        assertEquals("scenario \"before\": decided on 2024-06-03 (its receivedOn; no decidedOn), when version 2025.1 of"
                + " pack cn is not in force: it is in force from 2025-01-01 until 2026-01-01 (exclusive), and the engine"
                + " refuses other dates (no version in force); date the scenario inside that range, or put it in the pack"
                + " version in force on that day", before.message());
        PackProblem after = report.problems().get(1);
        assertEquals(19, after.line(), after.toString());
        assertEquals(16, after.column(), after.toString());
        assertTrue(after.message().startsWith("scenario \"decided after\": decided on 2026-01-05 (its decidedOn), when"
                + " version 2025.1 of pack cn is not in force"), after.message());
        List<DynamicTest> tests = PackScenarios.dynamicTests(dir).collect(Collectors.toList());
        assertEquals(1, tests.size(), "PackScenarios refuses them too");
        AssertionError e = assertThrows(AssertionError.class, () -> tests.get(0).getExecutable().execute());
        assertTrue(e.getMessage().contains("scenarios.yaml:9:17: scenario \"before\": decided on 2024-06-03"), e.getMessage());
        // received before the version, decided while it is in force: the engine decides it, so does lint
        TestPacks.write(dir, "scenarios.yaml", "scenarios:\n"
                + fundScenario("received before, decided in force", "2024-12-31", "2025-01-02")
                + fundScenario("last day", "2025-12-31", null));
        LintReport inForce = RuleEngine.lint(dir);
        assertTrue(inForce.isClean(), inForce.lines().toString());
        assertEquals(2, inForce.scenarios().size(), inForce.lines().toString());
    }

    @Test
    void packScenariosRunsAFolderAsDynamicTestsAndFailsOnABrokenPack() throws Throwable {
        Path dir = TestPacks.copyBundled("cn-zj", tmp.resolve("cn-zj"));
        List<DynamicTest> tests = PackScenarios.dynamicTests(dir).collect(Collectors.toList());
        assertEquals(5, tests.size());
        for (DynamicTest t : tests) {
            t.getExecutable().execute();
        }
        TestPacks.write(dir, "classification.drl", "package x;\nrule \"no basis\" when then end\n");
        List<DynamicTest> broken = PackScenarios.dynamicTests(dir).collect(Collectors.toList());
        assertEquals(1, broken.size());
        AssertionError e = assertThrows(AssertionError.class, () -> broken.get(0).getExecutable().execute());
        assertTrue(e.getMessage().contains("classification.drl:2:1: rule \"no basis\" has no legal basis"), e.getMessage());
    }
}
