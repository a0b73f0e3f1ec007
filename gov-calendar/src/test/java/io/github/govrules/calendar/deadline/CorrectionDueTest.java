package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * While a correction (补正) waits for supplements, the promised clock stands still; its due date is
 * not known (empty, as during an open suspension) and a status projects it as if counting resumed
 * the day after the status date (or the completion date). Review finding: the status showed the due
 * date of before the request, in the past, with {@code overdue} false.
 */
class CorrectionDueTest {

    private static final WorkingDayCalendar CN = Calendars.cn();

    private static CaseClock waiting() {
        // 10/13, 10/16–20, 10/23–25: 9 of 15 working days used when supplements are requested on 10/25
        return CaseClock.start(CN, LocalDate.of(2023, 10, 12), TimeLimit.workingDays(45), TimeLimit.workingDays(15))
                .correctionRequested(LocalDate.of(2023, 10, 25));
    }

    @Test
    void aWaitingPromisedLimitIsProjectedFromTheStatusDate() {
        CaseClock clock = waiting();
        LimitStatus promised = clock.status(LocalDate.of(2023, 12, 1), WarningPolicy.DEFAULT).promised();
        // 6 left, counted from Monday 12/4: 12/4–8 (5), 12/11 (6)
        assertEquals(LocalDate.of(2023, 12, 11), promised.due());
        assertEquals(9, promised.elapsedDays());
        assertEquals(6, promised.remainingDays());
        assertFalse(promised.overdue());
        assertEquals(Optional.empty(), clock.promisedDue());
        assertEquals(LocalDate.of(2023, 12, 11), clock.promisedDueAsOf(LocalDate.of(2023, 12, 1)));
        // before (or on) the request day the wait has not begun: the due date of before the request
        assertEquals(LocalDate.of(2023, 11, 2), clock.promisedDueAsOf(LocalDate.of(2023, 10, 20)));
        assertEquals(LocalDate.of(2023, 11, 2),
                clock.status(LocalDate.of(2023, 10, 25), WarningPolicy.DEFAULT).promised().due());
    }

    @Test
    void aCaseCompletedWhileWaitingHasNoPromisedDueDateAndIsProjectedFromItsCompletion() {
        CaseClock done = waiting().complete(LocalDate.of(2023, 12, 13));
        assertEquals(Optional.empty(), done.promisedDue(), "was Optional[2023-11-02], a due date that was not");
        assertEquals(Optional.empty(), done.promisedDueAnswer());
        ClockStatus status = done.status(LocalDate.of(2023, 12, 20), WarningPolicy.DEFAULT);
        // 6 left from Wednesday 12/13: 12/14–15 (2), 12/18–21 (6)
        assertEquals(LocalDate.of(2023, 12, 21), status.promised().due());
        assertEquals(LocalDate.of(2023, 12, 21), done.promisedDueAsOf(LocalDate.of(2023, 12, 1)));
        assertFalse(status.promised().overdue());
        assertTrue(status.isCompletedOnTime());
    }

    @Test
    void aLimitThatRanOutBeforeTheRequestStaysOverdue() {
        // 15 working days from 2023-10-12 end on 11/2; a request on 11/6 comes after it
        CaseClock late = CaseClock.start(CN, LocalDate.of(2023, 10, 12), TimeLimit.workingDays(45),
                TimeLimit.workingDays(15)).correctionRequested(LocalDate.of(2023, 11, 6));
        LimitStatus promised = late.status(LocalDate.of(2023, 12, 1), WarningPolicy.DEFAULT).promised();
        assertEquals(LocalDate.of(2023, 11, 2), promised.due());
        assertTrue(promised.overdue());
        assertEquals(LocalDate.of(2023, 11, 2), late.promisedDueAsOf(LocalDate.of(2023, 12, 1)));
        // a request on the due day itself uses the last day: the clock stands still with none left
        CaseClock onTheDay = CaseClock.start(CN, LocalDate.of(2023, 10, 12), TimeLimit.workingDays(45),
                TimeLimit.workingDays(15)).correctionRequested(LocalDate.of(2023, 11, 2));
        LimitStatus standing = onTheDay.status(LocalDate.of(2023, 12, 1), WarningPolicy.DEFAULT).promised();
        assertEquals(LocalDate.of(2023, 12, 1), standing.due());
        assertFalse(standing.overdue());
        assertEquals(0, standing.remainingDays());
    }

    @Test
    void overdueMeansTheStatusOrCompletionDateIsAfterTheDueDate() {
        qt().withExamples(1_500)
                .forAll(DeadlinePropertiesTest.from(DeadlineGenerators.clocksWithCorrections(CN,
                        LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30))), integers().between(0, 200))
                .checkAssert((clock, days) -> {
                    LocalDate on = clock.acceptedOn().plusDays(days);
                    ClockStatus status = clock.status(on, WarningPolicy.DEFAULT);
                    LocalDate date = status.completedOn().filter(c -> c.isBefore(on)).orElse(on);
                    for (LimitStatus limit : new LimitStatus[] {status.statutory(), status.promised()}) {
                        assertEquals(date.isAfter(limit.due()), limit.overdue(),
                                () -> clock + " on " + on + ": " + limit);
                    }
                    assertEquals(status.completedOn().isPresent() && !date.isAfter(status.promised().due()),
                            status.isCompletedOnTime(), () -> clock + " on " + on + ": " + status.promised());
                    // the status and the as-of query agree, the wait included
                    CaseClock then = clock.asOf(on);
                    assertEquals(then.promisedDueAsOf(on), status.promised().due(), () -> clock + " on " + on);
                    assertEquals(then.statutoryDueAsOf(on), status.statutory().due(), () -> clock + " on " + on);
                });
    }
}
