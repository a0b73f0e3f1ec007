package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    private static Cli.Result demo;

    @BeforeAll
    static void runDemoOnce() {
        demo = Cli.run("demo");
    }

    @Test
    void demoSucceedsWithoutWritingToStderr() {
        assertEquals(0, demo.exitCode(), demo::toString);
        assertEquals("", demo.err(), demo::toString);
    }

    @Test
    void nationalDayDeadlineIsExplainedRunByRun() {
        String out = demo.out();
        assertTrue(out.contains("  09-28 Sun              counted 6       makeup working day 国庆节"), out);
        assertTrue(out.contains("  10-01 Wed – 10-08 Wed  not counted     holiday 国庆节"), out);
        assertTrue(out.contains("  10-20 Mon – 10-23 Thu  counted 17–20   working day"), out);
        assertTrue(out.contains("Due: Thursday 2025-10-23."), out);
        assertTrue(out.contains("A Monday-to-Friday count would say 2025-10-17"), out);
    }

    @Test
    void trickyDaysAndOverlayAreShown() {
        String out = demo.out();
        assertTrue(out.contains("2024-02-08 + 1 working day     = 2024-02-09 Friday"), out);
        assertTrue(out.contains("2026-02-13 + 1 working day     = 2026-02-14 Saturday"), out);
        assertTrue(out.contains("2025-09-26 + 5 natural days    = 2025-10-09 Thursday"), out);
        assertTrue(out.contains("2025-06-06 nationally, 2025-06-11 in Xinjiang"), out);
    }

    @Test
    void caseClockShowsSuspensionExtensionAndWarnings() {
        String out = demo.out();
        assertTrue(out.contains("statutory 2026-03-20, promised 2026-03-06"), out);
        assertTrue(out.contains("statutory 2026-04-03, promised 2026-03-06"), out);
        assertTrue(out.contains("2 left, YELLOW"), out);
        assertTrue(out.contains("overdue by 2, RED"), out);
    }

    @Test
    void uncoveredYearIsShownAsAnErrorAndTheOptInAsProvisional() {
        String out = demo.out();
        assertTrue(out.contains("Calendar CN has no data for 2027-01-01 (data covers 2020-01-01 to 2026-12-31)"), out);
        assertTrue(out.contains("marked provisional for [2027]"), out);
    }

    @Test
    void providentFundCaseGoesFromIncompleteToEvaluated() {
        String out = demo.out();
        assertTrue(out.contains("Item 职工提取住房公积金偿还购房贷款"), out);
        assertTrue(out.contains("one notice (一次性告知, Art. 32(4)), due by 2025-09-26"), out);
        assertTrue(out.contains("[repayment-passbook] original: 0 of 1 handed in"), out);
        assertTrue(out.contains("one-time notice handed over on the spot: state AWAITING_CORRECTION"), out);
        assertTrue(out.contains("still missing: 0"), out);
        assertTrue(out.contains("state IN_PROCESS"), out);
        assertTrue(out.contains("state EVALUATED, on time: true"), out);
    }

    @Test
    void runsAgainIdentically() {
        assertEquals(demo.out(), Cli.run("demo").out());
    }
}
