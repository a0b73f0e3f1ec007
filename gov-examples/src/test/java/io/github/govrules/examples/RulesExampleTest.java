package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RulesExampleTest {

    @Test
    void evaluatesAnIncompleteCaseIntoANotice() {
        String out = Examples.run(RulesExample::main);
        assertTrue(out.startsWith("CORRECTION_REQUIRED"), out);
        assertTrue(out.contains("Notice due by: 2025-09-26"), out);
        assertTrue(out.contains("(loan-contract): wrong form"), out);
        assertTrue(out.contains("(repayment-passbook): missing"), out);
        assertTrue(out.contains("due notice: 2025-09-26"), out);
        assertTrue(out.contains("receipt: pack cn-zj 2025.1"), out);
        assertTrue(out.contains("\"caseNumber\" : \"GJJ-2025-000123\""), out);
    }
}
