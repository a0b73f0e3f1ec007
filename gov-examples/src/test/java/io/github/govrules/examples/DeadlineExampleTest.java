package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeadlineExampleTest {

    @Test
    void runsAndShowsDueDatesExplanationAndClock() {
        String out = Examples.run(DeadlineExample::main);
        assertTrue(out.contains("due: 2025-10-23"), out);
        assertTrue(out.contains("5 natural days from 2025-09-26: 2025-10-09"), out);
        assertTrue(out.contains("2025-09-28 Sun makeup working day"), out);
        assertTrue(out.contains("... 20 days counted, due 2025-10-23"), out);
        // received Friday 9/26: five working days are 9/28 (makeup Sunday), 9/29, 9/30, 10/9, 10/10
        assertTrue(out.contains("one-time notice due by 2025-10-10"), out);
        assertTrue(out.contains("statutory due 2026-04-03, promised due 2026-03-06"), out);
        assertTrue(out.contains("on 2026-03-10: RED"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("error: ")), out);
    }
}
