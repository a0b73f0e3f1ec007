package io.github.govrules.calendar.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warning policy's thresholds. */
class WarningPolicyTest {

    @ParameterizedTest(name = "policy({0},{1},{2}) limit {3} elapsed {4} overdue {5}/{6} -> {7}")
    @CsvSource({
            // yellowRemaining, yellowPercent, escalation, limit, elapsed, overdue, overdueDays, expected
            "2, 80, -1, 20, 10, false, 0, NONE",
            "2, 80, -1, 20, 16, false, 0, YELLOW",   // 80% used
            "2, -1, -1, 20, 16, false, 0, NONE",     // percentage disabled, 4 left
            "2, -1, -1, 20, 18, false, 0, YELLOW",   // 2 left
            "-1, -1, -1, 20, 20, false, 0, NONE",    // all yellow thresholds disabled
            "2, 80, -1, 20, 20, true, 5, RED",
            "2, 80, 3, 20, 20, true, 2, RED",
            "2, 80, 3, 20, 20, true, 3, ESCALATED",
            "0, -1, -1, 0, 0, false, 0, YELLOW",     // on the spot: due today
            "-1, 50, -1, 0, 0, false, 0, YELLOW"})   // a zero limit is fully used
    void levels(int yellowRemaining, int yellowPercent, int escalation, int limit, int elapsed, boolean overdue,
                int overdueDays, WarningLevel expected) {
        assertEquals(expected, new WarningPolicy(yellowRemaining, yellowPercent, escalation)
                .levelFor(limit, elapsed, overdue, overdueDays));
    }

    @Test
    void thresholdsOutOfRangeAreRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WarningPolicy(-2, 80, -1))
                .getMessage().contains("yellowRemainingDays"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WarningPolicy(2, 101, -1))
                .getMessage().contains("yellowUsedPercent"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WarningPolicy.DEFAULT.withEscalationAfter(0))
                .getMessage().contains("escalationOverdueDays"));
    }

    @Test
    void withersChangeOneThreshold() {
        WarningPolicy policy = WarningPolicy.DEFAULT.withYellowRemainingDays(5).withYellowUsedPercent(WarningPolicy.NEVER)
                .withEscalationAfter(2);
        assertEquals(new WarningPolicy(5, WarningPolicy.NEVER, 2), policy);
        assertEquals(WarningLevel.RED, WarningLevel.YELLOW.max(WarningLevel.RED));
        assertEquals(WarningLevel.ESCALATED, WarningLevel.ESCALATED.max(WarningLevel.NONE));
    }
}
