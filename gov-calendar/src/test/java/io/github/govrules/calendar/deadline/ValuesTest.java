package io.github.govrules.calendar.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validation of the small value types: suspensions, extensions, steps, explained days. */
class ValuesTest {

    private static final LocalDate D = LocalDate.of(2025, 9, 22);

    @Test
    void suspensions() {
        Suspension open = Suspension.open(SuspensionKind.HEARING, D);
        assertTrue(open.isOpen());
        assertTrue(open.covers(D.plusDays(400)));
        assertFalse(open.covers(D.minusDays(1)));
        Suspension closed = open.withEnd(D.plusDays(2));
        assertEquals(Optional.of(D.plusDays(2)), closed.findEnd());
        assertTrue(closed.covers(D.plusDays(2)));
        assertFalse(closed.covers(D.plusDays(3)));
        assertEquals("hearing 2025-09-22..2025-09-24", closed.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Suspension.of(SuspensionKind.AUCTION, D, D.minusDays(1)));
        assertTrue(e.getMessage().contains("2025-09-21") && e.getMessage().contains("2025-09-22"), e.getMessage());
    }

    @Test
    void extensions() {
        assertEquals(10, Extension.ordinary(D, "head", "reason").workingDays());
        assertEquals(15, Extension.joint(D, "head", "reason").workingDays());
        assertThrows(IllegalArgumentException.class, () -> new Extension(0, D, "head", "reason"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Extension.ordinary(D, " ", "reason"))
                .getMessage().contains("approver"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Extension.ordinary(D, "head", ""))
                .getMessage().contains("reason"));
    }

    @Test
    void stepsAndExplainedDays() {
        assertThrows(IllegalArgumentException.class, () -> new CaseStep(" ", D, TimeLimit.workingDays(1), null));
        assertThrows(IllegalArgumentException.class,
                () -> new CaseStep("review", D, TimeLimit.workingDays(1), D.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new ExplainedDay(D, DayTreatment.SUSPENDED, false, 0,
                Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ExplainedDay(D, DayTreatment.COUNTED, true, 1,
                Optional.empty(), Optional.of(SuspensionKind.HEARING)));
        assertEquals("2025-09-22 Mon working day: counted (1)",
                new ExplainedDay(D, DayTreatment.COUNTED, true, 1, Optional.empty(), Optional.empty()).toString());
    }
}
