package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision memo gives exactly the evaluation a fresh evaluation gives, and stays off when unsafe. */
class DecisionMemoTest {

    @TempDir
    Path tmp;

    @Test
    void memoizedOutcomesEqualFreshOnesAndNameTheirOwnCase() {
        try (RuleEngine engine = RuleEngine.create()) {
            engine.loadBundled("cn-sc");
            var build = engine.inForce("cn-sc", Fixtures.FRI_0919);
            assertTrue(build.memoizes());
            for (String number : List.of("M-1", "M-2", "M-3")) {
                for (CaseInput in : List.of(Fixtures.renovationWithoutConsent(number), Fixtures.fundLoanComplete(number))) {
                    Evaluation memo = build.evaluate(in, Fixtures.FRI_0919);
                    Evaluation fresh = build.evaluateUncached(in, Fixtures.FRI_0919);
                    assertEquals(fresh, memo);
                    assertEquals(number, memo.caseNumber());
                    assertEquals(number, memo.notice().caseNumber());
                    assertTrue(memo.notice().renderZh().contains("办件编号：" + number + "　"), memo.notice().renderZh());
                    assertTrue(memo.notice().renderEn().contains("Case: " + number + " "), memo.notice().renderEn());
                    // no bundled rule reads the case number: the receipt's case line does not name it
                    assertTrue(memo.receipt().inputs().get(0).startsWith("case: situations "), memo.receipt().inputs().get(0));
                    assertTrue(memo.receipt().inputs().stream().noneMatch(line -> line.contains(number)),
                            memo.receipt().inputs().toString());
                }
            }
            // a later case with the same facts shares the receipt; only the evaluation and notice are its own
            Evaluation first = build.evaluate(Fixtures.renovationWithoutConsent("S-1"), Fixtures.FRI_0919);
            Evaluation second = build.evaluate(Fixtures.renovationWithoutConsent("S-2"), Fixtures.FRI_0919);
            assertSame(first.receipt(), second.receipt());
            assertSame(first.classification(), second.classification());
            assertNotSame(first.notice(), second.notice());
        }
    }

    @Test
    void ruleReadingTheCaseNumberKeysTheMemoOnIt() {
        Path dir = tmp.resolve("n");
        TestPacks.write(dir, "pack.yaml", TestPacks.manifest("n", "1", "2025-01-01", null, List.of("rules.drl")));
        TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("all promised", "promised")
                + "rule \"VIP numbers are immediate\"\n    @legalBasis(\"test\")\nwhen\n    CaseFact( caseNumber == \"VIP\" )\n"
                + "then\n    insert(new KindCandidate(\"immediate\", \"x\", \"x\"));\nend\n");
        try (RuleEngine engine = RuleEngine.create()) {
            engine.load(dir);
            assertTrue(engine.inForce("n", Fixtures.FRI_0919).memoizes());
            assertEquals("promised", engine.evaluate("n", Fixtures.fundLoanComplete("A"), Fixtures.FRI_0919)
                    .classification().kind().code());
            Evaluation vip = engine.evaluate("n", Fixtures.fundLoanComplete("VIP"), Fixtures.FRI_0919);
            assertEquals("immediate", vip.classification().kind().code());
            // the number mattered, so the receipt names it
            assertTrue(vip.receipt().inputs().get(0).startsWith("case VIP: situations "), vip.receipt().inputs().get(0));
            Evaluation again = engine.evaluate("n", Fixtures.fundLoanComplete("A"), Fixtures.FRI_0919);
            assertTrue(again.receipt().inputs().get(0).startsWith("case A: situations "), again.receipt().inputs().get(0));
        }
    }

    @Test
    void rulesThatCouldSeeMoreThanTheirFactsAreNeverMemoized() {
        String[] unsafe = {
            "rule \"r\"\n    @legalBasis(\"t\")\nwhen\n    $c : CaseFact()\nthen\n    System.out.println(java.time.LocalDate.now());\nend\n",
            "rule \"r\"\n    @legalBasis(\"t\")\nwhen\n    $c : CaseFact()\nthen\n    System.out.println(drools.getRule().getName());\nend\n",
            "rule \"r\"\n    @legalBasis(\"t\")\nwhen\n    $c : CaseFact()\nthen\n    System.out.println($c);\nend\n",
            "rule \"r\"\n    @legalBasis(\"t\")\nwhen\n    $c : CaseFact()\n    eval( $c.toString().contains(\"VIP\") )\nthen\n"
                    + "    insert(new KindCandidate(\"immediate\", \"x\", \"x\"));\nend\n",
        };
        int i = 0;
        for (String rule : unsafe) {
            Path dir = tmp.resolve("u" + i++);
            TestPacks.write(dir, "pack.yaml", TestPacks.manifest("u", "1", "2025-01-01", null, List.of("rules.drl")));
            TestPacks.write(dir, "rules.drl", TestPacks.IMPORTS + TestPacks.classifyAll("all promised", "promised") + rule);
            try (RuleEngine engine = RuleEngine.create()) {
                engine.load(dir);
                assertFalse(engine.inForce("u", Fixtures.FRI_0919).memoizes(), rule);
            }
        }
        try (RuleEngine off = RuleEngine.create(Calendars.standard(), false)) {
            off.loadBundled("cn");
            assertFalse(off.inForce("cn", Fixtures.FRI_0919).memoizes());
        }
    }

    @Test
    void differentDatesAreDifferentDecisions() {
        try (RuleEngine engine = RuleEngine.create()) {
            engine.loadBundled("cn");
            CaseInput in = Fixtures.input("D-1", Fixtures.FUND, java.util.Set.of("bank-loan-first"),
                    Fixtures.submitted("approval-form:ORIGINAL"), Fixtures.FRI_0919);
            Evaluation inTime = engine.evaluate("cn", in, Fixtures.FRI_0919);
            Evaluation late = engine.evaluate("cn", in, Fixtures.FRI_0919.plusDays(10));
            assertEquals(AcceptanceStatus.CORRECTION_REQUIRED, inTime.status());
            assertEquals(AcceptanceStatus.DEEMED_ACCEPTED, late.status());
            assertNotEquals(inTime.receipt().rulesFired(), late.receipt().rulesFired());
        }
    }
}
