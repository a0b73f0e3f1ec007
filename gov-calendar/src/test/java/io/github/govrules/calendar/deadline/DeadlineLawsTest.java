package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DayInfo;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineLaws;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The laws detect broken arithmetic and report vacuous inputs: run against a calendar whose
 * fast {@code shift} disagrees with its own {@code isWorkingDay}, they must fail.
 */
class DeadlineLawsTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate FRI_2025_09_19 = LocalDate.of(2025, 9, 19);

    /** CN, except that shift forgets the National Day break (a typical "weekends only" bug). */
    private static final WorkingDayCalendar BROKEN = new WorkingDayCalendar() {
        @Override
        public CalendarId id() {
            return CalendarId.of("CN-XX");
        }

        @Override
        public LocalDate coverageStart() {
            return CN.coverageStart();
        }

        @Override
        public LocalDate coverageEnd() {
            return CN.coverageEnd();
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return CN.isWorkingDay(date);
        }

        @Override
        public DayInfo describe(LocalDate date) {
            return CN.describe(date);
        }

        @Override
        public LocalDate shift(LocalDate date, int workingDays) {
            LocalDate d = date;
            for (int i = 0; i < workingDays; i++) {
                d = d.plusDays(1);
                while (d.getDayOfWeek().getValue() > 5) {
                    d = d.plusDays(1);
                }
            }
            return d;
        }
    };

    @Test
    void lawsHoldOnTheRealCalendar() {
        assertTrue(DeadlineLaws.dueDateMatchesDayByDay(CN, FRI_2025_09_19, TimeLimit.workingDays(20), List.of()));
        assertTrue(DeadlineLaws.countingInvertsDueDate(CN, FRI_2025_09_19, TimeLimit.workingDays(20), List.of()));
        assertTrue(DeadlineLaws.naturalDueIsWorkingDay(CN, LocalDate.of(2025, 9, 16), 15));
    }

    @Test
    void brokenArithmeticIsCaught() {
        AssertionError e = assertThrows(AssertionError.class, () -> DeadlineLaws.dueDateMatchesDayByDay(BROKEN,
                FRI_2025_09_19, TimeLimit.workingDays(20), List.of()));
        assertTrue(e.getMessage().contains("2025-10-23"), e.getMessage());
        assertThrows(AssertionError.class, () -> DeadlineLaws.countingInvertsDueDate(BROKEN, FRI_2025_09_19,
                TimeLimit.workingDays(20), List.of()));
    }

    @Test
    void vacuousInputsAreReportedNotPassedSilently() {
        Suspension afterDue = Suspension.of(SuspensionKind.HEARING, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4));
        assertFalse(DeadlineLaws.suspensionInsideClockShiftsDueByItsWorkingDays(CN, FRI_2025_09_19,
                TimeLimit.workingDays(20), afterDue));
        assertFalse(DeadlineLaws.naturalDueIsWorkingDay(CN, FRI_2025_09_19, 0));
        CaseClock clock = CaseClock.start(CN, FRI_2025_09_19, TimeLimit.workingDays(20), TimeLimit.workingDays(10));
        assertFalse(DeadlineLaws.warningsMonotoneInTime(clock, WarningPolicy.DEFAULT, LocalDate.of(2025, 10, 2),
                LocalDate.of(2025, 10, 1)));
        assertFalse(DeadlineLaws.promisedDueNotAfterStatutoryDue(clock.correctionRequested(LocalDate.of(2025, 10, 8))
                .supplementsReceived(LocalDate.of(2025, 10, 9)), LocalDate.of(2025, 10, 9)));
        CaseClock extended = clock.extend(Extension.ordinary(LocalDate.of(2025, 9, 22), "head", "reason"));
        assertFalse(DeadlineLaws.extensionEqualsShift(extended,
                Extension.ordinary(LocalDate.of(2025, 9, 23), "head", "again")), "refused second extension");
        assertTrue(DeadlineLaws.extensionEqualsShift(clock,
                Extension.ordinary(LocalDate.of(2025, 9, 23), "head", "reason")));
    }
}
