package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseLifecycleExampleTest {

    @Test
    void runsACaseFromReceiptToEvaluation() {
        String out = Examples.run(CaseLifecycleExample::main);
        assertTrue(out.contains("GJJ-2025-000123 for 职工提取住房公积金偿还购房贷款: RECEIVED"), out);
        assertTrue(out.contains("missing: loan-contract"), out);
        assertTrue(out.contains("after the notice: AWAITING_CORRECTION"), out);
        assertTrue(out.contains("error: Case GJJ-2025-000123: event 'correction-requested'"), out);
        assertTrue(out.contains("still missing after the supplement: 0"), out);
        assertTrue(out.contains("accepted; promised due 2025-09-22, statutory due 2025-09-25"), out);
        assertTrue(out.contains("state at the end EVALUATED, outcome APPROVED, 7 events"), out);
        assertTrue(out.contains("JSON round trip equal: true"), out);
    }
}
