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
        assertTrue(out.contains("Item: 职工提取住房公积金偿还购房贷款 (v1)"), out);
        assertTrue(out.contains("Rule pack: cn-zj 2025.1 (layers [cn, cn-zj])"), out);
        assertTrue(out.contains("rules say: CORRECTION_REQUIRED; one-time notice (一次性告知书) due by 2025-09-26"), out);
        assertTrue(out.contains("(repayment-passbook): MISSING"), out);
        assertTrue(out.contains("stamped with S-GJJ-SP: state AWAITING_CORRECTION."), out);
        assertTrue(out.contains("rules say: ACCEPTED; classified IMMEDIATE / immediate 即办件"), out);
        assertTrue(out.contains("accepted (受理) by w01-wang, receipt SL-20250922-0042"), out);
        assertTrue(out.contains("statutory 3 natural days -> due 2025-09-25"), out);
    }

    @Test
    void dutiesAndSealsAreEnforcedAndLedgered() {
        String out = demo.out();
        assertTrue(out.contains("the clerk who accepted tries to approve: refused, SeparationOfDutiesException"), out);
        assertTrue(out.contains("another department's seal is refused: SealMisuseException"), out);
        assertTrue(out.contains("the approver may not stamp: SeparationOfDutiesException"), out);
        assertTrue(out.contains("2025-09-22T10:32  DECISION  S-GJJ-SP  by w01-wang"), out);
        assertTrue(out.contains("state EVALUATED; completed on time: true."), out);
        assertTrue(out.contains("[Received, CorrectionRequested, Supplemented, Accepted, Completed, Delivered, Evaluated]"), out);
    }

    @Test
    void endsWithTheIndicators() {
        String out = demo.out();
        int section = out.indexOf("6. Indicators for September-October 2025");
        assertTrue(section > 0, out);
        assertTrue(out.indexOf("immediate-case rate", section) > 0, out);
        assertTrue(out.indexOf("satisfaction rate", section) > 0, out);
    }

    @Test
    void runsAgainIdentically() {
        assertEquals(demo.out(), Cli.run("demo").out());
    }
}
