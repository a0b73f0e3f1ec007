package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import io.github.govrules.calendar.deadline.testing.DeadlineLaws;
import io.github.govrules.calendar.testing.Generator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples of {@code gov-calendar/DEADLINES.md}, run with the outputs the document shows. */
class DeadlinesDocExamplesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();

    @Test
    void explanationExample() {
        String text = Deadlines.explain(CN, LocalDate.of(2025, 9, 26), TimeLimit.workingDays(5)).toText();
        assertTrue(text.startsWith("""
                5 working days from 2025-09-26: due 2025-10-10
                2025-09-27 Sat weekend: not counted
                2025-09-28 Sun makeup working day 国庆节、中秋节 National Day and Mid-Autumn Festival: counted (1)
                2025-09-29 Mon working day: counted (2)
                """), text);
        assertTrue(text.endsWith("""
                2025-10-09 Thu working day: counted (4)
                2025-10-10 Fri working day: counted (5)
                """), text);
    }

    @Test
    void provisionalExample() {
        CalendarAnswer<LocalDate> due = Deadlines.provisionalDueDate(CN, LocalDate.of(2026, 12, 15),
                TimeLimit.workingDays(20));
        assertEquals(LocalDate.of(2027, 1, 13), due.value());
        assertTrue(due.isProvisional());
    }

    @Test
    void caseClockExample() {
        CaseClock clock = CaseClock.start(CN, LocalDate.of(2025, 1, 13), TimeLimit.workingDays(20),
                        TimeLimit.workingDays(15))
                .suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 1, 22))
                .resume(LocalDate.of(2025, 2, 10))
                .extend(Extension.ordinary(LocalDate.of(2025, 2, 20), "Director Wang", "second expert opinion"))
                .startStep("review", LocalDate.of(2025, 2, 11), TimeLimit.workingDays(5));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), clock.statutoryDue());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 21)), clock.promisedDue());
        ClockStatus s = clock.status(LocalDate.of(2025, 2, 24), WarningPolicy.DEFAULT.withEscalationAfter(3));
        assertEquals("due 2025-03-14, 16 of 30 working days used, 14 left, NONE", s.statutory().toString());
        assertEquals("due 2025-02-21, 16 of 15 working days used, 0 left, overdue by 1, RED", s.promised().toString());
        assertEquals("due 2025-02-18, 9 of 5 working days used, 0 left, overdue by 4, ESCALATED",
                s.steps().get(0).status().toString());
        ClockStatus feb5 = clock.status(LocalDate.of(2025, 2, 5), WarningPolicy.DEFAULT);
        assertTrue(feb5.suspended());
        assertEquals(List.of(), feb5.steps());
        assertEquals("due 2025-02-24, 6 of 20 working days used, 14 left, NONE", feb5.statutory().toString());
        assertEquals("due 2025-02-17, 6 of 15 working days used, 9 left, NONE", feb5.promised().toString());
        assertEquals("Refused extension of 10 working days (already extended by 10 working days on 2025-02-20)"
                        + " on 2025-03-03: a time limit is extended once only (Administrative Licensing Law Art. 42)",
                assertThrows(IllegalClockOperationException.class, () -> clock.extend(
                        Extension.ordinary(LocalDate.of(2025, 3, 3), "Director Wang", "again"))).getMessage());
        assertEquals("Refused resume on 2025-03-03: a clock can only resume from an open suspension",
                assertThrows(IllegalClockOperationException.class,
                        () -> clock.resume(LocalDate.of(2025, 3, 3))).getMessage());
    }

    @Test
    void noticeWindowExample() {
        NoticeWindow w = NoticeWindow.of(CN, LocalDate.of(2025, 9, 25));
        assertEquals(LocalDate.of(2025, 10, 9), w.lastDay());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 25)),
                w.deemedAcceptance(Optional.empty(), LocalDate.of(2025, 10, 10)));
    }

    @Test
    void plainLoopExampleForTestTeams() {
        Generator<CaseClock> clocks = DeadlineGenerators.clocks(CN, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30));
        int checked = 0;
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            CaseClock clock = clocks.next(random);
            if (DeadlineLaws.extensionEqualsShift(clock, new Extension(1 + random.nextInt(10),
                    clock.acceptedOn(), "agency head", "test"))) {
                checked++;
            }
        }
        assertTrue(checked > 20, "checked " + checked);
    }
}
