package io.github.govrules.calendar.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of an explanation never calls its own due date "not counted". */
class ExplanationTextTest {

    @Test
    void aNaturalDayPeriodMovedPastRestDaysSaysWhereItEnds() {
        // day 5 is 2025-10-01, a holiday: the period ends on the next working day, 10-09 (Civil Code Art. 203)
        DeadlineExplanation e = Deadlines.explain(Calendars.cn(), LocalDate.of(2025, 9, 26), TimeLimit.naturalDays(5));
        assertEquals(LocalDate.of(2025, 10, 9), e.due());
        assertTrue(e.endMovedPastRestDays());
        List<String> lines = e.toText().lines().toList();
        assertEquals("2025-10-09 Thu working day: due (the last day fell on a rest day, so the period ends here,"
                + " Civil Code Art. 203)", lines.get(lines.size() - 1));
        assertEquals("2025-10-08 Wed holiday 国庆节、中秋节 National Day and Mid-Autumn Festival: not counted",
                lines.get(lines.size() - 2));
        // a weekend: day 5 after Monday 09-15 is Saturday 09-20, the period ends on Monday 09-22
        List<String> weekend = Deadlines.explain(Calendars.cn(), LocalDate.of(2025, 9, 15), TimeLimit.naturalDays(5))
                .toText().lines().toList();
        assertTrue(weekend.get(weekend.size() - 1).startsWith("2025-09-22 Mon working day: due ("), weekend::toString);
    }

    @Test
    void aDueDateThatIsCountedReadsAsCounted() {
        List<String> lines = Deadlines.explain(Calendars.cn(), LocalDate.of(2025, 9, 19), TimeLimit.workingDays(20))
                .toText().lines().toList();
        assertEquals("2025-10-23 Thu working day: counted (20)", lines.get(lines.size() - 1));
        assertFalse(Deadlines.explain(Calendars.cn(), LocalDate.of(2025, 9, 19), TimeLimit.workingDays(20))
                .endMovedPastRestDays());
        List<String> natural = Deadlines.explain(Calendars.cn(), LocalDate.of(2025, 9, 15), TimeLimit.naturalDays(3))
                .toText().lines().toList();
        assertEquals("2025-09-18 Thu working day: counted (3)", natural.get(natural.size() - 1));
    }
}
