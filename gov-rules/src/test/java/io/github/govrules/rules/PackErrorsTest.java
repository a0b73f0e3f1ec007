package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of a pack comes back as pack / file:line:column: message, before anything runs. */
class PackErrorsTest {

    @TempDir
    Path tmp;

    private List<PackProblem> problemsOf(String drl) {
        Path dir = tmp.resolve("p");
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("p", "1", "2025-01-01", null, List.of("rules.drl")));
        TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + drl);
        try (RuleEngine engine = RuleEngine.create()) {
            RulePackException e = assertThrows(RulePackException.class, () -> engine.load(dir));
            assertTrue(engine.packIds().isEmpty(), "a failed pack is never installed");
            return e.problems();
        }
    }

    private static PackProblem only(List<PackProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void syntaxErrorIsLocatedAtFileLineAndColumn() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("ok", "promised")
                + "rule \"broken\"\n    @legalBasis(\"x\")\nwhen\n    ItemFact( code == )\nthen\nend\n"));
        assertTrue(p.file().endsWith("rules.drl"), p.toString());
        assertEquals(15, p.line(), p.toString());
        assertEquals(23, p.column(), p.toString());
        assertTrue(p.toString().matches(".*rules\\.drl:15:23: DRL syntax error: .*"), p.toString());
    }

    @Test
    void anExpressionDroolsCannotAnalyseIsLocatedAtTheExpressionNotAtLineZero() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("ok", "promised")
                + "rule \"calls a method on the wrong fact\"\n    @legalBasis(\"x\")\nwhen\n"
                + "    $m : RequiredMaterial( )\n    $s : SubmittedMaterial( code == $m.code, count < $m.count(form) )\n"
                + "then\nend\n"));
        assertTrue(p.file().endsWith("rules.drl"), p.toString());
        assertEquals(16, p.line(), p.toString());
        assertEquals(57, p.column(), p.toString());
        assertTrue(p.message().startsWith("rule \"calls a method on the wrong fact\": "), p.message());
        assertTrue(p.message().contains("count(form)"), p.message());
    }

    @Test
    void aBadMethodCallIsReportedOnceAtTheExpression() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("ok", "promised")
                + "rule \"calls a method that does not exist\"\n    @legalBasis(\"x\")\nwhen\n"
                + "    ItemFact( joint, code.length(name) > 0 )\nthen\nend\n"));
        assertEquals(15, p.line(), p.toString());
        assertEquals(22, p.column(), p.toString());
        assertTrue(p.message().startsWith("rule \"calls a method that does not exist\": Unable to Analyse Expression "
                + "code.length(name)"), p.message());
        assertTrue(p.message().contains("unable to resolve method"), p.message());
    }

    @Test
    void unknownFactTypeIsReportedBeforeTheBuild() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("ok", "promised")
                + "rule \"uses an unknown type\"\n    @legalBasis(\"x\")\nwhen\n    Applicant( name == \"x\" )\nthen\nend\n"));
        assertEquals(15, p.line());
        assertEquals(5, p.column());
        assertTrue(p.message().startsWith("unknown fact type 'Applicant'"), p.message());
    }

    @Test
    void unknownFieldIsReportedWithTheFieldsThatExist() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("ok", "promised")
                + "rule \"uses an unknown field\"\n    @legalBasis(\"x\")\nwhen\n    CaseFact( colour == \"red\" )\nthen\nend\n"));
        assertEquals(15, p.line());
        assertEquals(15, p.column());
        assertTrue(p.message().startsWith("unknown field 'colour' on CaseFact (fields: ["), p.message());
        assertTrue(p.message().contains("situations"), p.message());
    }

    @Test
    void ruleWithoutLegalBasisIsReportedAtTheRule() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("ok", "promised")
                + "rule \"no basis\"\nwhen\n    ItemFact()\nthen\nend\n"));
        assertEquals(12, p.line());
        assertTrue(p.message().contains("rule \"no basis\" has no legal basis"), p.message());
    }

    @Test
    void kindNotDeclaredInTheManifestIsReported() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("uses kind joint", "joint")));
        assertEquals(10, p.line());
        assertTrue(p.message().contains("uses case kind 'joint', which no manifest declares"), p.message());
    }

    @Test
    void typeErrorFoundByDroolsIsLocatedToTheRule() {
        PackProblem p = only(problemsOf(TestPacks.classifyAll("ok", "promised")
                + "rule \"calls a missing method\"\n    @legalBasis(\"x\")\nwhen\n    $c : CaseFact()\nthen\n"
                + "    $c.noSuchMethod();\nend\n"));
        assertTrue(p.file().endsWith("rules.drl"), p.toString());
        assertEquals(17, p.line(), p.toString());
        assertEquals(8, p.column(), p.toString());
        assertTrue(p.message().startsWith("rule \"calls a missing method\": "), p.message());
        assertTrue(p.message().contains("noSuchMethod"), p.message());
    }

    @Test
    void aDeclarationErrorIsLocatedAtARealColumnNotColumnZero() {
        String drl = TestPacks.classifyAll("ok", "promised") + "declare Helper\n    code : NoSuchType\nend\n";
        List<PackProblem> problems = problemsOf(drl);
        assertTrue(!problems.isEmpty(), problems.toString());
        String[] lines = (TestPacks.IMPORTS + drl).split("\n", -1);
        for (PackProblem p : problems) {
            assertTrue(p.file().endsWith("rules.drl"), p.toString());
            assertTrue(p.line() >= 1 && p.column() >= 1, "a real place: " + p);
            String row = lines[p.line() - 1];
            assertTrue(p.column() <= row.length() && !Character.isWhitespace(row.charAt(p.column() - 1)),
                    "the column points at a word of line " + p.line() + " '" + row + "': " + p);
            if (p.message().contains("NoSuchType") && row.contains("NoSuchType")) {
                assertEquals(row.indexOf("NoSuchType") + 1, p.column(), p.toString());
            }
        }
    }

    @Test
    void kindWithoutNationalMappingIsReportedInTheManifest() {
        Path dir = tmp.resolve("m");
        String manifest = TestPacks.manifest("m", "1", "2025-01-01", null, List.of("rules.drl"))
                .replace("kinds:\n", "kinds:\n  - {code: joint, nameZh: 联办件, nameEn: joint, precedence: 20, due: JOINT, legalBasis: x}\n");
        TestPacks.write(dir, "pack.yaml", manifest);
        TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("ok", "promised"));
        try (RuleEngine engine = RuleEngine.create()) {
            PackProblem p = only(assertThrows(RulePackException.class, () -> engine.load(dir)).problems());
            assertEquals(9, p.line());
            assertTrue(p.file().endsWith("pack.yaml"));
            assertTrue(p.message().contains("kind 'joint' has no national type mapping"), p.message());
        }
    }

    @Test
    void malformedManifestAndUnlistedDrlFileAreLocated() {
        Path dir = tmp.resolve("bad");
        TestPacks.write(dir, "pack.yaml", "id: bad\nname: x\nregion: \"1\"\nversion: \"1\"\neffectiveFrom: 2025-13-01\n");
        try (RuleEngine engine = RuleEngine.create()) {
            PackProblem p = only(assertThrows(RulePackException.class, () -> engine.load(dir)).problems());
            assertEquals(5, p.line());
            assertTrue(p.message().contains("effectiveFrom"), p.message());
        }
        Path dir2 = tmp.resolve("p2");
        TestPacks.write(dir2, "pack.yaml", TestPacks.manifest("p2", "1", "2025-01-01", null, List.of("rules.drl")));
        TestPacks.write(dir2, "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("ok", "promised"));
        TestPacks.write(dir2, "forgotten.drl", TestPacks.IMPORTS);
        try (RuleEngine engine = RuleEngine.create()) {
            PackProblem p = only(assertThrows(RulePackException.class, () -> engine.load(dir2)).problems());
            assertTrue(p.message().contains("forgotten.drl is not listed under 'rules'"), p.message());
        }
    }

    @Test
    void missingBaseAndUnknownCalendarAreReported() {
        Path dir = tmp.resolve("child");
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("child", "1", "2025-01-01", null, List.of("rules.drl"))
                .replace("calendar: CN", "calendar: CN-ZZ\nextends: nowhere"));
        TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("ok", "promised"));
        try (RuleEngine engine = RuleEngine.create()) {
            PackProblem p = only(assertThrows(RulePackException.class, () -> engine.load(dir)).problems());
            assertTrue(p.message().contains("base pack 'nowhere' not found"), p.message());
        }
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("child", "1", "2025-01-01", null, List.of("rules.drl"))
                .replace("calendar: CN", "calendar: CN-ZZ"));
        try (RuleEngine engine = RuleEngine.create()) {
            PackProblem p = only(assertThrows(RulePackException.class, () -> engine.load(dir)).problems());
            assertTrue(p.message().contains("calendar 'CN-ZZ' cannot be used"), p.message());
        }
    }
}
