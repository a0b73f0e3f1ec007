package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The opt-in provisional answers for uncovered years. */
class ProvisionalCalendarTest {

    private final WorkingDayCalendar cn = Calendars.cn();
    private final ProvisionalCalendar provisional = cn.provisional();

    @Test
    void theViewIsBuiltOnceAndSharedWithOverlays() {
        assertSame(provisional, cn.provisional());
        WorkingDayCalendar xj = Calendars.standard().calendar(CalendarId.CN_XJ);
        assertSame(xj.provisional(), xj.provisional());
        // the overlay's view answers outside its year through the base's data, provisionally for CN-XJ
        CalendarAnswer<LocalDate> regional = xj.provisional().shift(LocalDate.of(2024, 9, 27), 3);
        assertEquals(cn.shift(LocalDate.of(2024, 9, 27), 3), regional.value());
        assertEquals(List.of(Year.of(2024)), regional.provisionalYears());
        // the public factory still builds a fresh view, equal in its answers
        assertEquals(provisional.shift(LocalDate.of(2026, 12, 31), 5), ProvisionalCalendar.of(cn).shift(LocalDate.of(2026, 12, 31), 5));
    }

    @Test
    void coveredAnswersAreExactAndEqualTheCalendars() {
        CalendarAnswer<LocalDate> due = provisional.shift(LocalDate.of(2025, 9, 19), 20);
        assertTrue(due.isExact());
        assertFalse(due.isProvisional());
        assertEquals(LocalDate.of(2025, 10, 23), due.exactValue());
        assertEquals(List.of(), due.provisionalYears());
        assertEquals(CalendarAnswer.exact(true, CalendarId.CN), provisional.isWorkingDay(LocalDate.of(2025, 9, 28)));
        assertEquals(CalendarAnswer.exact(cn.describe(LocalDate.of(2025, 10, 1)), CalendarId.CN),
                provisional.describe(LocalDate.of(2025, 10, 1)));
        assertEquals(cn.countWorkingDays(LocalDate.of(2020, 3, 1), LocalDate.of(2026, 3, 1)),
                provisional.countWorkingDays(LocalDate.of(2020, 3, 1), LocalDate.of(2026, 3, 1)).exactValue());
    }

    @Test
    void aShiftIntoAnUncoveredYearIsProvisionalAndSaysWhichYear() {
        // Thursday 2026-12-31 + 5 working days, 2027 by its statutory days (1/1 off, makeup days unknown)
        CalendarAnswer<LocalDate> due = provisional.shift(LocalDate.of(2026, 12, 31), 5);
        assertTrue(due.isProvisional());
        assertEquals(LocalDate.of(2027, 1, 8), due.value());
        assertEquals(List.of(Year.of(2027)), due.provisionalYears());
        IllegalStateException e = assertThrows(IllegalStateException.class, due::exactValue);
        assertTrue(e.getMessage().contains("provisional") && e.getMessage().contains("2027"), e::getMessage);
        assertEquals("2027-01-08 (provisional: no data for [2027])", due.toString());
        // the calendar itself still refuses
        assertThrows(DateOutOfCoverageException.class, () -> cn.shift(LocalDate.of(2026, 12, 31), 5));
    }

    @Test
    void uncoveredDatesAreWeekendsOnlyAndProvisional() {
        CalendarAnswer<Boolean> saturday = provisional.isWorkingDay(LocalDate.of(2027, 1, 2));
        assertEquals(false, saturday.value());
        assertTrue(saturday.isProvisional());
        CalendarAnswer<DayInfo> monday = provisional.describe(LocalDate.of(2019, 12, 30));
        assertEquals(DayKind.WORKING_DAY, monday.value().kind());
        assertEquals(List.of(Year.of(2019)), monday.provisionalYears());
        assertEquals(LocalDate.of(2026, 12, 31), provisional.previous(LocalDate.of(2027, 1, 1)).value());
        // the answer depends only on [2026-12-31, 2027-01-01): covered, so exact
        assertTrue(provisional.previous(LocalDate.of(2027, 1, 1)).isExact());
        assertTrue(provisional.previousOrSame(LocalDate.of(2027, 1, 1)).isProvisional());
    }

    @Test
    void anAnswerIsProvisionalOnlyWhenItDependsOnAnUncoveredDay() {
        // backwards from 2027 into 2026: the result day is covered but the walk crossed 2027 days
        CalendarAnswer<LocalDate> back = provisional.shift(LocalDate.of(2027, 1, 5), -3);
        assertEquals(LocalDate.of(2026, 12, 30), back.value()); // Monday 1/4, Thursday 12/31, Wednesday 12/30 (1/1 off)
        assertEquals(List.of(Year.of(2027)), back.provisionalYears());
        // counts over two uncovered years name both
        CalendarAnswer<Integer> count = provisional.countWorkingDays(LocalDate.of(2019, 12, 1), LocalDate.of(2027, 2, 1));
        assertEquals(List.of(Year.of(2019), Year.of(2027)), count.provisionalYears());
        assertEquals(cn.countWorkingDays(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)) + 22 + 21, count.value()); // 2027: 1/1 off
        CalendarAnswer<Integer> mirrored = provisional.countWorkingDays(LocalDate.of(2027, 2, 1), LocalDate.of(2019, 12, 1));
        // mirrored: minus the working days in [2019-12-01, 2027-02-01): Sunday 12/1 is not one, Monday 2/1 is
        assertEquals(-(count.value() - 1), mirrored.value());
    }

    @Test
    void combineAndMapKeepTheStatus() {
        CalendarAnswer<LocalDate> exact = provisional.shift(LocalDate.of(2025, 1, 2), 1);
        CalendarAnswer<LocalDate> guess = provisional.shift(LocalDate.of(2026, 12, 31), 1);
        CalendarAnswer<Long> days = exact.combine(guess, (a, b) -> b.toEpochDay() - a.toEpochDay());
        assertTrue(days.isProvisional());
        assertEquals(List.of(Year.of(2027)), days.provisionalYears());
        assertTrue(exact.map(LocalDate::getDayOfWeek).isExact());
        assertThrows(IllegalArgumentException.class, () -> CalendarAnswer.provisional(1, CalendarId.CN, List.of()));
    }
}
