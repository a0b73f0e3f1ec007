package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.rules.internal.Chains;
import io.github.govrules.rules.internal.CompiledPack;
import io.github.govrules.rules.internal.PackCompiler;
import io.github.govrules.rules.internal.PackReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine keeps stateful sessions per item, pre-loaded with the item's materials. These tests pin
 * what makes that safe: a session whose evaluation failed is never reused, rules that could match
 * kept facts alone switch pre-loading off, and several threads on one item decide as one thread does.
 */
class PreloadedSessionsTest {

    @TempDir
    Path tmp;

    /** Completeness as in the national pack, plus rules that throw, delete a kept fact or loop on marked cases. */
    private static final String HAZARDS = TestPacks.IMPORTS
            + TestPacks.classifyAll("Every case is promised", "promised")
            + "rule \"A mandatory material not handed in is missing\"\n"
            + "    @legalBasis(\"行政许可法 第三十二条\")\n"
            + "    salience 100\n"
            + "when\n"
            + "    $c : CaseFact()\n"
            + "    $m : RequiredMaterial( mandatory, appliesTo($c) )\n"
            + "    not SubmittedMaterial( code == $m.code )\n"
            + "then\n"
            + "    insert(new MaterialFinding($m.code(), $m.name(), MaterialProblem.MISSING, \"缺\", \"missing\"));\n"
            + "end\n"
            + "rule \"Throws on an exploding case, after findings were inserted\"\n"
            + "    @legalBasis(\"行政许可法 第三十二条\")\n"
            + "when\n"
            + "    $c : CaseFact( hasSituation(\"explode\") )\n"
            + "    exists MaterialFinding()\n"
            + "then\n"
            + "    throw new IllegalStateException(\"boom on \" + $c.caseNumber());\n"
            + "end\n"
            + "rule \"Deletes a kept material on a shredding case\"\n"
            + "    @legalBasis(\"行政许可法 第三十二条\")\n"
            + "when\n"
            + "    $c : CaseFact( hasSituation(\"shred\") )\n"
            + "    $m : RequiredMaterial( code == \"approval-form\" )\n"
            + "then\n"
            + "    delete($m);\n"
            + "end\n"
            + "rule \"Loops on a looping case\"\n"
            + "    @legalBasis(\"行政许可法 第三十二条\")\n"
            + "when\n"
            + "    $c : CaseFact( hasSituation(\"loop\") )\n"
            + "    $f : MaterialFinding()\n"
            + "then\n"
            + "    delete($f);\n"
            + "    insert(new MaterialFinding($f.materialCode(), $f.materialName(), $f.problem(), $f.reasonZh(), $f.reasonEn()));\n"
            + "end\n";

    private CompiledPack build(String id, String drl) {
        Path dir = tmp.resolve(id);
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest(id, "1", "2020-01-01", null, List.of("rules.drl")));
        TestPacks.write(dir, "rules.drl", drl);
        ClassLoader loader = getClass().getClassLoader();
        return PackCompiler.compile(Chains.resolve(PackReader.fromDirectory(dir), loader), Calendars.standard()::calendar);
    }

    /** A fund withdrawal whose item also declares the situations the test rules react to (explode, loop, …). */
    private static CaseInput fund(String number, Set<String> situations, String... submitted) {
        CaseInput plain = Fixtures.input(number, Fixtures.FUND, Set.of(), Fixtures.submitted(submitted), Fixtures.FRI_0919);
        Set<String> declared = new java.util.HashSet<>(plain.declaredSituations());
        declared.addAll(Set.of("explode", "loop", "shred", "mark", "forgive"));
        return new CaseInput(number, plain.item(), plain.materials(), declared, situations, plain.applicant(),
                plain.submitted(), plain.receivedOn());
    }

    @Test
    void aFailedEvaluationLeavesNoBrokenSessionBehind() {
        CompiledPack pack = build("hazards", HAZARDS);
        try {
            assertEquals("MATERIALS+SUBMISSIONS", pack.sessionReuse());
            CaseInput complete = fund("C-1", Set.of("fund-loan"), "approval-form:ORIGINAL", "id-card:ORIGINAL", "id-card:COPY");
            CaseInput incomplete = fund("C-2", Set.of("fund-loan"), "approval-form:ORIGINAL");
            Evaluation completeExpected = pack.evaluateStateless(complete, Fixtures.FRI_0919);
            Evaluation incompleteExpected = pack.evaluateStateless(incomplete, Fixtures.FRI_0919);
            CaseInput noForm = fund("C-3", Set.of("fund-loan"), "id-card:ORIGINAL", "id-card:COPY");
            Evaluation noFormExpected = pack.evaluateStateless(noForm, Fixtures.FRI_0919);
            assertEquals(AcceptanceStatus.ACCEPTED, completeExpected.status());
            assertEquals(AcceptanceStatus.CORRECTION_REQUIRED, incompleteExpected.status());
            List<CaseInput> hazards = List.of(
                    fund("X-explode", Set.of("fund-loan", "explode"), "approval-form:ORIGINAL"),
                    fund("X-loop", Set.of("fund-loan", "loop"), "approval-form:ORIGINAL"));
            for (int round = 0; round < 5; round++) {
                for (CaseInput bad : hazards) {
                    RuleEvaluationException e = assertThrows(RuleEvaluationException.class,
                            () -> pack.evaluateUncached(bad, Fixtures.FRI_0919));
                    assertTrue(e.getMessage().contains(bad.caseNumber()), e.getMessage());
                    assertEquals(completeExpected, pack.evaluateUncached(complete, Fixtures.FRI_0919), "after " + bad.caseNumber());
                    assertEquals(incompleteExpected, pack.evaluateUncached(incomplete, Fixtures.FRI_0919), "after " + bad.caseNumber());
                }
                // a rule deletes a kept material: that evaluation is right, and the session is not reused
                CaseInput shred = fund("X-shred-" + round, Set.of("fund-loan", "shred"), "id-card:ORIGINAL", "id-card:COPY");
                assertEquals(pack.evaluateStateless(shred, Fixtures.FRI_0919), pack.evaluateUncached(shred, Fixtures.FRI_0919));
                Evaluation after = pack.evaluateUncached(noForm, Fixtures.FRI_0919);
                assertEquals(noFormExpected, after, "after a kept material was deleted");
                assertTrue(after.notice().items().stream().anyMatch(i -> i.materialCode().equals("approval-form")));
            }
        } finally {
            PackCompiler.forget(pack);
            pack.dispose();
        }
    }

    @Test
    void factsRulesInsertLogicallyOrDeleteLeaveTheSessionReusable() {
        // a logically inserted fact goes when the case fact goes; a fact a rule deletes is gone already:
        // restoring the session must skip both, and keep the session
        String drl = TestPacks.IMPORTS + TestPacks.classifyAll("Every case is promised", "promised")
                + "rule \"A marked case is also immediate, while the case lasts\"\n"
                + "    @legalBasis(\"行政许可法 第三十四条\")\n"
                + "when\n"
                + "    $c : CaseFact( hasSituation(\"mark\") )\n"
                + "then\n"
                + "    insertLogical(new KindCandidate(\"immediate\", \"即\", \"now\"));\n"
                + "end\n"
                + "rule \"A missing approval form is noted, then withdrawn\"\n"
                + "    @legalBasis(\"行政许可法 第三十二条\")\n"
                + "    salience 100\n"
                + "when\n"
                + "    $c : CaseFact()\n"
                + "    not SubmittedMaterial( code == \"approval-form\" )\n"
                + "then\n"
                + "    insert(new MaterialFinding(\"approval-form\", \"审批表\", MaterialProblem.MISSING, \"缺\", \"missing\"));\n"
                + "end\n"
                + "rule \"A finding on a forgiving case is withdrawn\"\n"
                + "    @legalBasis(\"行政许可法 第三十二条\")\n"
                + "    salience 90\n"
                + "when\n"
                + "    $c : CaseFact( hasSituation(\"forgive\") )\n"
                + "    $f : MaterialFinding()\n"
                + "then\n"
                + "    delete($f);\n"
                + "end\n";
        CompiledPack pack = build("logical", drl);
        try {
            assertEquals("MATERIALS+SUBMISSIONS", pack.sessionReuse());
            List<CaseInput> cases = List.of(
                    fund("L-1", Set.of("fund-loan", "mark"), "id-card:ORIGINAL"),
                    fund("L-2", Set.of("fund-loan"), "approval-form:ORIGINAL"),
                    fund("L-3", Set.of("fund-loan", "forgive", "mark"), "id-card:COPY"),
                    fund("L-4", Set.of("fund-loan", "mark"), "approval-form:ORIGINAL", "id-card:ORIGINAL"));
            List<Evaluation> expected = new ArrayList<>();
            for (CaseInput in : cases) {
                expected.add(pack.evaluateStateless(in, Fixtures.FRI_0919));
            }
            assertEquals("immediate", expected.get(0).classification().kind().code());
            assertEquals(AcceptanceStatus.CORRECTION_REQUIRED, expected.get(0).status());
            assertEquals(AcceptanceStatus.ACCEPTED, expected.get(2).status());
            assertEquals("promised", expected.get(1).classification().kind().code());
            long afterFirstRound = 0;
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < cases.size(); i++) {
                    assertEquals(expected.get(i), pack.evaluateUncached(cases.get(i), Fixtures.FRI_0919),
                            cases.get(i).caseNumber() + ", round " + round);
                }
                if (round == 0) {
                    afterFirstRound = pack.keptSessionsOpened();
                }
            }
            // four ways of handing in the item's materials: one kept session each, reused ever after
            assertEquals(4, afterFirstRound);
            assertEquals(4, pack.keptSessionsOpened(), "no session is opened again after the first round");
        } finally {
            PackCompiler.forget(pack);
            pack.dispose();
        }
    }

    @Test
    void rulesThatCouldMatchKeptFactsAloneTurnPreloadingOff() {
        // fires on a material alone: with materials kept it would fire for the first case only
        String materialOnly = TestPacks.IMPORTS + TestPacks.classifyAll("Every case is promised", "promised")
                + "rule \"The approval form alone makes a finding\"\n"
                + "    @legalBasis(\"行政许可法 第三十二条\")\n"
                + "when\n"
                + "    $m : RequiredMaterial( code == \"approval-form\" )\n"
                + "then\n"
                + "    insert(new MaterialFinding($m.code(), $m.name(), MaterialProblem.WRONG_FORM, \"形式\", \"form\"));\n"
                + "end\n";
        // no pattern at all: matches the session's initial fact, which a kept session keeps
        String noPattern = TestPacks.IMPORTS + TestPacks.classifyAll("Every case is promised", "promised")
                + "rule \"Always\"\n"
                + "    @legalBasis(\"行政许可法 第三十二条\")\n"
                + "when\n"
                + "then\n"
                + "    insert(new KindCandidate(\"immediate\", \"即\", \"now\"));\n"
                + "end\n";
        // fires on a submission alone: submissions must not stay from one case to the next
        String submissionOnly = TestPacks.IMPORTS + TestPacks.classifyAll("Every case is promised", "promised")
                + "rule \"Two copies of anything are one too many\"\n"
                + "    @legalBasis(\"行政许可法 第三十二条\")\n"
                + "when\n"
                + "    $s : SubmittedMaterial( count > 1 )\n"
                + "then\n"
                + "    insert(new MaterialFinding($s.code(), $s.code(), MaterialProblem.WRONG_COUNT, \"多\", \"too many\"));\n"
                + "end\n";
        CaseInput a = fund("N-1", Set.of("fund-loan"), "approval-form:ORIGINAL", "id-card:ORIGINAL", "id-card:COPY");
        CaseInput b = fund("N-2", Set.of("fund-loan"), "approval-form:ORIGINAL:2");
        // starts as b does: with submissions kept, b's first one would stay in the session for c
        CaseInput c = fund("N-3", Set.of("fund-loan"), "approval-form:ORIGINAL:2", "id-card:ORIGINAL");
        for (String[] pack : new String[][] {{"material-only", materialOnly, "NOTHING"}, {"no-pattern", noPattern, null},
                {"submission-only", submissionOnly, "MATERIALS"}}) {
            CompiledPack built = build(pack[0], pack[1]);
            try {
                assertEquals(pack[2], built.sessionReuse(), pack[0]);
                Evaluation ea = built.evaluateStateless(a, Fixtures.FRI_0919);
                Evaluation eb = built.evaluateStateless(b, Fixtures.FRI_0919);
                Evaluation ec = built.evaluateStateless(c, Fixtures.FRI_0919);
                for (int i = 0; i < 4; i++) {
                    assertEquals(ea, built.evaluateUncached(a, Fixtures.FRI_0919), pack[0] + " round " + i);
                    assertEquals(eb, built.evaluateUncached(b, Fixtures.FRI_0919), pack[0] + " round " + i);
                    assertEquals(ec, built.evaluateUncached(c, Fixtures.FRI_0919), pack[0] + " round " + i);
                }
            } finally {
                PackCompiler.forget(built);
                built.dispose();
            }
        }
        CompiledPack bundled = PackCompiler.compile(
                Chains.resolve(PackReader.fromClasspath("cn-sc", getClass().getClassLoader()), getClass().getClassLoader()),
                Calendars.standard()::calendar);
        try {
            // every bundled rule starts from the case: the item and its materials are kept
            assertEquals("ITEM_AND_MATERIALS+SUBMISSIONS", bundled.sessionReuse());
        } finally {
            PackCompiler.forget(bundled);
            bundled.dispose();
        }
    }

    @Test
    void severalThreadsOnOneItemDecideAsOneThreadDoes() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        CompiledPack pack = PackCompiler.compile(Chains.resolve(PackReader.fromClasspath("cn-sc", loader), loader),
                Calendars.standard()::calendar, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CaseInput> cases = new ArrayList<>();
            for (CaseInput in : EnginePathsAgreeTest.benchmarkMix()) {
                if (in.item().code().equals(Fixtures.FUND) || in.item().code().equals(Fixtures.RENOVATION)) {
                    cases.add(in);
                }
            }
            List<Evaluation> expected = new ArrayList<>();
            for (CaseInput in : cases) {
                expected.add(pack.evaluateUncached(in, Fixtures.FRI_0919));
            }
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                tasks.add(() -> {
                    int checked = 0;
                    for (int i = 0; i < 150; i++) {
                        int k = (i * 7 + offset * 3) % cases.size();
                        assertEquals(expected.get(k), pack.evaluateUncached(cases.get(k), Fixtures.FRI_0919),
                                "thread " + offset + ", case " + cases.get(k).caseNumber());
                        checked++;
                    }
                    return checked;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                total += f.get();
            }
            assertEquals(600, total);
        } finally {
            pool.shutdownNow();
            PackCompiler.forget(pack);
            pack.dispose();
        }
    }
}
