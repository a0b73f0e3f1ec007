package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Effective dates, atomic reload, run-time rule failures and concurrent evaluation. */
public class ReloadAndEvaluationTest {

    /** Lets a rule consequence wait while a test reloads its pack. */
    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Called from a test rule's consequence. */
    public static void pause() throws InterruptedException {
        ENTERED.countDown();
        if (!RELEASE.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("test did not release the rule");
        }
    }

    @TempDir
    Path tmp;

    private Path pack(String folder, String version, String from, String until, String kind, String extraRule) {
        Path dir = tmp.resolve(folder);
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("t", version, from, until, List.of("rules.drl")));
        TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("classify as " + kind, kind) + extraRule);
        return dir;
    }

    @Test
    void theVersionInForceOnTheDecisionDateDecides() {
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(pack("v1", "2025.1", "2025-01-01", "2025-07-01", "promised", ""));
            engine.load(pack("v2", "2025.2", "2025-07-01", null, "immediate", ""));
            assertEquals(2, engine.versionsOf("t").size());
            CaseInput june = Fixtures.input("E-1", Fixtures.FUND, java.util.Set.of("fund-loan"),
                    Fixtures.submitted("approval-form:ORIGINAL"), LocalDate.of(2025, 6, 30));
            Evaluation before = engine.evaluate("t", june, LocalDate.of(2025, 6, 30));
            assertEquals("2025.1", before.receipt().packVersion());
            assertEquals("promised", before.classification().kind().code());
            Evaluation after = engine.evaluate("t", june, LocalDate.of(2025, 7, 1));
            assertEquals("2025.2", after.receipt().packVersion());
            assertEquals("immediate", after.classification().kind().code());
            CaseInput old = Fixtures.input("E-2", Fixtures.FUND, java.util.Set.of("fund-loan"),
                    Fixtures.submitted("approval-form:ORIGINAL"), LocalDate.of(2024, 12, 31));
            RulePackException none = assertThrows(RulePackException.class,
                    () -> engine.evaluate("t", old, LocalDate.of(2024, 12, 31)));
            assertTrue(none.getMessage().contains("no version of pack 't' is in force on 2024-12-31"), none.getMessage());
        }
    }

    @Test
    void aVersionInForceOnADayAnotherLoadedVersionIsIsRefusedWhateverTheOrderOfLoading() {
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(pack("a1", "2025.1", "2025-01-01", null, "promised", ""));
            RulePackException e = assertThrows(RulePackException.class,
                    () -> engine.load(pack("a2", "2025.2", "2025-01-01", null, "immediate", "")));
            assertEquals(1, e.problems().size(), e.problems().toString());
            PackProblem p = e.problems().get(0);
            assertTrue(p.file().endsWith("pack.yaml") && p.file().contains("a2"), p.toString());
            assertEquals(5, p.line(), p.toString());
            assertEquals("version 2025.2 [2025-01-01, open) overlaps version 2025.1 [2025-01-01, open), which is loaded:"
                    + " both would be in force from 2025-01-01 on; end the earlier version with effectiveUntil: the day the"
                    + " later one starts", p.message());
            assertEquals(List.of("2025.1"), engine.versionsOf("t").stream().map(i -> i.manifest().version()).toList());
            assertEquals("promised", engine.evaluate("t", Fixtures.fundLoanComplete("O-1"), Fixtures.FRI_0919)
                    .classification().kind().code());
            // an open-ended version and a later one overlap from the later one's start
            RulePackException later = assertThrows(RulePackException.class,
                    () -> engine.load(pack("a3", "2025.3", "2025-07-01", "2026-01-01", "immediate", "")));
            assertTrue(later.problems().get(0).message().contains("both would be in force from 2025-07-01 until 2026-01-01"
                    + " (exclusive)"), later.problems().get(0).message());
            // the same version again replaces itself, and may move its range
            engine.load(pack("a1b", "2025.1", "2025-01-01", "2025-07-01", "promised", ""));
            engine.load(pack("a3b", "2025.3", "2025-07-01", null, "immediate", ""));
            assertEquals(2, engine.versionsOf("t").size());
        }
    }

    @Test
    void aRunningEvaluationFinishesOnTheOldBuildWhileTheReloadSwapsIn() throws Exception {
        String pausing = "rule \"waits for the test\"\n    @legalBasis(\"test\")\nwhen\n    CaseFact( caseNumber == \"SLOW\" )\nthen\n"
                + "    io.github.govrules.rules.ReloadAndEvaluationTest.pause();\nend\n";
        try (RuleEngine engine = RuleEngine.create()) {
            Path dir = pack("r", "1", "2025-01-01", null, "promised", pausing);
            String oldHash = engine.load(dir).contentHash();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Evaluation> slow = pool.submit(() -> engine.evaluate("t", Fixtures.fundLoanComplete("SLOW"), Fixtures.FRI_0919));
                assertTrue(ENTERED.await(30, TimeUnit.SECONDS));
                pack("r", "1", "2025-01-01", null, "immediate", pausing);
                String newHash = engine.load(dir).contentHash();
                assertNotEquals(oldHash, newHash);
                Evaluation fresh = engine.evaluate("t", Fixtures.fundLoanComplete("FAST"), Fixtures.FRI_0919);
                assertEquals(newHash, fresh.receipt().contentHash());
                assertEquals("immediate", fresh.classification().kind().code());
                RELEASE.countDown();
                Evaluation finished = slow.get(30, TimeUnit.SECONDS);
                assertEquals(oldHash, finished.receipt().contentHash());
                assertEquals("promised", finished.classification().kind().code());
            } finally {
                RELEASE.countDown();
                pool.shutdownNow();
            }
        }
    }

    @Test
    void reloadsUnderLoadNeverShowAHalfBuiltOrMixedPack() throws Exception {
        try (RuleEngine engine = RuleEngine.create()) {
            Path dir = pack("load", "1", "2025-01-01", null, "promised", "");
            Map<String, String> kindByHash = new ConcurrentHashMap<>();
            kindByHash.put(engine.load(dir).contentHash(), "promised");
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<List<Evaluation>>> workers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                workers.add(pool.submit(() -> {
                    List<Evaluation> seen = new ArrayList<>();
                    int i = 0;
                    while (!stop.get()) {
                        seen.add(engine.evaluate("t", Fixtures.fundLoanComplete("L-" + i++), Fixtures.FRI_0919));
                    }
                    return seen;
                }));
            }
            for (int round = 0; round < 6; round++) {
                String kind = round % 2 == 0 ? "immediate" : "promised";
                pack("load", "1", "2025-01-01", null, kind, "");
                kindByHash.put(engine.load(dir).contentHash(), kind);
                TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + "rule \"broken\" when then"); // a bad edit
                assertThrows(RulePackException.class, () -> engine.load(dir));
            }
            stop.set(true);
            int total = 0;
            for (Future<List<Evaluation>> w : workers) {
                for (Evaluation o : w.get(60, TimeUnit.SECONDS)) {
                    total++;
                    String expected = kindByHash.get(o.receipt().contentHash());
                    assertEquals(expected, o.classification().kind().code(), "evaluation matches the build it names");
                }
            }
            pool.shutdown();
            assertTrue(total > 0);
            assertEquals(1, engine.versionsOf("t").size());
        }
    }

    @Test
    void aRuleThatThrowsGivesATypedErrorNamingRuleAndCaseAndNoOutcome() {
        String throwing = "rule \"divides by the number of copies\"\n    @legalBasis(\"test\")\nwhen\n"
                + "    $c : CaseFact( caseNumber == \"BAD-1\" )\nthen\n"
                + "    int zero = $c.situations().size();\n    System.out.println(1 / zero);\nend\n";
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(pack("throws", "7", "2025-01-01", null, "promised", throwing));
            CaseInput bad = Fixtures.input("BAD-1", Fixtures.FUND, java.util.Set.of(),
                    Fixtures.submitted("approval-form:ORIGINAL"), Fixtures.FRI_0919);
            RuleEvaluationException e = assertThrows(RuleEvaluationException.class,
                    () -> engine.evaluate("t", bad, Fixtures.FRI_0919));
            assertEquals("divides by the number of copies", e.ruleName());
            assertEquals("BAD-1", e.caseNumber());
            assertEquals("t", e.packId());
            assertEquals("7", e.packVersion());
            assertTrue(e.getMessage().contains("ArithmeticException"), e.getMessage());
            // the pooled session is clean afterwards
            Evaluation ok = engine.evaluate("t", Fixtures.fundLoanComplete("OK-1"), Fixtures.FRI_0919);
            assertEquals("promised", ok.classification().kind().code());
            assertTrue(ok.receipt().rulesFired().stream().noneMatch(r -> r.name().startsWith("divides")));
        }
    }

    @Test
    void concurrentEvaluationsGiveTheSameOutcomesAsSequentialOnes() throws Exception {
        try (RuleEngine engine = RuleEngine.create()) {
            engine.loadBundled("cn-sc");
            List<CaseInput> inputs = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                inputs.add(i % 3 == 0 ? Fixtures.fundLoanComplete("C-" + i)
                        : i % 3 == 1 ? Fixtures.renovationWithoutConsent("C-" + i)
                        : Fixtures.input("C-" + i, Fixtures.FUND, java.util.Set.of("bank-loan-first", "agent"),
                                Fixtures.submitted("approval-form:ORIGINAL", "id-card:COPY"), Fixtures.FRI_0919));
            }
            List<Evaluation> sequential = new ArrayList<>();
            for (CaseInput in : inputs) {
                sequential.add(engine.evaluate("cn-sc", in, Fixtures.FRI_0919));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Evaluation>> futures = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    for (CaseInput in : inputs) {
                        futures.add(pool.submit(() -> engine.evaluate("cn-sc", in, Fixtures.FRI_0919)));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    Evaluation want = sequential.get(i % inputs.size());
                    Evaluation got = futures.get(i).get(60, TimeUnit.SECONDS);
                    assertEquals(want, got); // notice, classification, due dates and receipt, own case number
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
