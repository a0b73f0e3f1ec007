package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.TimeLimit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The provisional view of a regional overlay answers outside the overlay's years by its base
 * calendar's data where the base has it, still marked provisional, and by weekends only beyond
 * both. The fixture {@code CN-XJ} covers 2025; its base {@code CN} covers 2020–2026.
 */
class ProvisionalOverlayTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    /** The Xinjiang overlay as first bundled, 2025 only (the bundled one now covers 2025–2026). */
    private static final WorkingDayCalendar XJ = Calendars.empty().withResource(Calendars.DATA_FOLDER + "CN.cal")
            .withResource("io/github/govrules/calendar/fixtures/CN-XJ-2025.cal").calendar("CN-XJ");

    @Test
    void aDueDateRunningIntoTheNextYearUsesTheNationalHolidays() {
        // review case B3: from Saturday 2025-12-20, 10 working days: 12/22–26 (5), 12/29–31 (8),
        // 2026-01-01..03 off nationally, Sunday 1/4 a makeup working day (9), Monday 1/5 (10)
        LocalDate national = Deadlines.dueDate(CN, LocalDate.of(2025, 12, 20), TimeLimit.workingDays(10));
        CalendarAnswer<LocalDate> regional = Deadlines.provisionalDueDate(XJ, LocalDate.of(2025, 12, 20),
                TimeLimit.workingDays(10));
        assertEquals(LocalDate.of(2026, 1, 5), national);
        assertEquals(national, regional.value(), "was 2026-01-02: New Year's Day taken as a working day");
        assertEquals(List.of(Year.of(2026)), regional.provisionalYears(), "XJ's own 2026 days are not known");
        assertEquals(regional, XJ.provisional().shift(LocalDate.of(2025, 12, 20), 10));
        // the case clock opting in to provisional dates agrees, and says so in its answer
        assertEquals(Optional.of(regional), CaseClock.start(XJ, LocalDate.of(2025, 12, 20), TimeLimit.workingDays(10),
                TimeLimit.workingDays(10)).withProvisionalDates().statutoryDueAnswer());
    }

    @Test
    void isWorkingDayAnswersLikeADayByDayOracleAndReusesItsExactAnswers() {
        for (WorkingDayCalendar calendar : List.of(CN, XJ)) {
            ProvisionalCalendar view = calendar.provisional();
            for (LocalDate d = LocalDate.of(2024, 12, 1); d.isBefore(LocalDate.of(2027, 2, 1)); d = d.plusDays(1)) {
                CalendarAnswer<Boolean> answer = view.isWorkingDay(d);
                if (calendar.covers(d)) {
                    assertEquals(CalendarAnswer.exact(calendar.isWorkingDay(d), calendar.id()), answer, d::toString);
                    // covered dates (the per-day path of provisional clock arithmetic) allocate nothing
                    assertTrue(answer == view.isWorkingDay(d), d::toString);
                } else {
                    boolean expected = CN.covers(d) ? CN.isWorkingDay(d)
                            : Oracle.uncoveredCnWorking(d);
                    assertEquals(CalendarAnswer.provisional(expected, calendar.id(), List.of(Year.from(d))), answer,
                            d::toString);
                }
                assertEquals(answer, view.workingDays(d, d.plusDays(1)).map(days -> !days.isEmpty()), d::toString);
            }
        }
    }

    @Test
    void daysOutsideTheOverlayAreTheBasesDaysMarkedProvisional() {
        ProvisionalCalendar xj = XJ.provisional();
        CalendarAnswer<Boolean> newYear = xj.isWorkingDay(LocalDate.of(2026, 1, 1));
        assertFalse(newYear.value());
        assertEquals(List.of(Year.of(2026)), newYear.provisionalYears());
        assertTrue(xj.isWorkingDay(LocalDate.of(2026, 1, 4)).value(), "national makeup Sunday");
        CalendarAnswer<DayInfo> nationalDay = xj.describe(LocalDate.of(2024, 10, 1));
        assertEquals(DayKind.HOLIDAY, nationalDay.value().kind());
        assertEquals(CN.describe(LocalDate.of(2024, 10, 1)), nationalDay.value());
        assertEquals(CalendarId.CN_XJ, nationalDay.calendarId());
        assertEquals(List.of(Year.of(2024)), nationalDay.provisionalYears());
        // beyond both calendars: the national statutory holidays (Friday 2027-01-01, New Year's Day)
        CalendarAnswer<DayInfo> beyond = xj.describe(LocalDate.of(2027, 1, 1));
        assertEquals(DayKind.HOLIDAY, beyond.value().kind());
        assertEquals("statutory-2027", beyond.value().notice().orElseThrow().key());
        assertEquals(List.of(Year.of(2027)), beyond.provisionalYears());
        // the overlay's own year stays exact, with its regional holiday
        CalendarAnswer<Boolean> eid = xj.isWorkingDay(LocalDate.of(2025, 3, 31));
        assertTrue(eid.isExact());
        assertFalse(eid.value());
        assertTrue(xj.toString().contains("then ProvisionalCalendar[CN, statutory holidays of 2020–2050, else weekends only"), xj::toString);
    }

    /** The slow oracle: the overlay's data, else the base's, else the statutory days or Monday to Friday. */
    private static boolean oracleWorking(LocalDate d, TreeSet<Year> guessed) {
        if (XJ.covers(d)) {
            return XJ.isWorkingDay(d);
        }
        guessed.add(Year.from(d));
        if (CN.covers(d)) {
            return CN.isWorkingDay(d);
        }
        return Oracle.uncoveredCnWorking(d);
    }

    @Test
    void shiftsAndCountsMatchADayByDayWalkOverOverlayBaseAndWeekends() {
        ProvisionalCalendar xj = XJ.provisional();
        LocalDate first = LocalDate.of(2019, 6, 1);
        int span = (int) (LocalDate.of(2027, 6, 30).toEpochDay() - first.toEpochDay());
        qt().withExamples(500).forAll(integers().between(0, span), integers().between(-80, 80)).checkAssert((offset, n) -> {
            LocalDate start = first.plusDays(offset);
            TreeSet<Year> guessed = new TreeSet<>();
            LocalDate d = start;
            int left = n;
            if (n == 0) {
                while (!oracleWorking(d, guessed)) {
                    d = d.plusDays(1);
                }
            }
            while (left != 0) {
                d = n > 0 ? d.plusDays(1) : d.minusDays(1);
                if (oracleWorking(d, guessed)) {
                    left += n > 0 ? -1 : 1;
                }
            }
            CalendarAnswer<LocalDate> shifted = xj.shift(start, n);
            assertEquals(d, shifted.value(), () -> "shift " + start + " by " + n);
            assertEquals(List.copyOf(guessed), shifted.provisionalYears(), () -> "years of shift " + start + " by " + n);
            if (n > 0) {
                assertEquals(n, xj.countWorkingDays(start, d).value());
                // XJ only adds regional off days to CN's: never due before the national date
                assertFalse(d.isBefore(CN.provisional().shift(start, n).value()), () -> start + " + " + n);
            }
        });
    }
}
