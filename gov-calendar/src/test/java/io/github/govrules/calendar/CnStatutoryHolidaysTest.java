package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 17.2: a year without a notice is answered with its statutory holidays under the rules
 * in force that year; only the makeup days are unknown. For 2020–2026 the statutory days must
 * be off days in each year's notice: the rules, the lunar table and the substitute-day
 * placement checked against the State Council's own arrangements.
 */
class CnStatutoryHolidaysTest {

    private static final ImmutableWorkingDayCalendar CN = (ImmutableWorkingDayCalendar) Calendars.cn();
    private static final StatutoryHolidays TABLE = StatutoryHolidays.cn();

    @Test
    void everyStatutoryDayOf2020To2026IsAnOffDayInThatYearsNotice() {
        int checked = 0;
        for (int year = 2020; year <= 2026; year++) {
            for (Map.Entry<LocalDate, HolidayName> e : TABLE.offDays(year).entrySet()) {
                DayInfo day = CN.describe(e.getKey());
                assertEquals(DayKind.HOLIDAY, day.kind(), e.getKey() + " " + e.getValue() + " is off in the "
                        + year + " notice");
                checked++;
            }
        }
        assertTrue(checked >= 7 * 11, "checked " + checked);
        // the rules changed in 2025: New Year's Eve 2024 (2024-02-09) was a working day, 2025's (01-28) is off
        assertFalse(TABLE.offDays(2024).containsKey(LocalDate.of(2024, 2, 9)));
        assertTrue(CN.isWorkingDay(LocalDate.of(2024, 2, 9)));
        assertEquals("春节 Spring Festival", TABLE.offDays(2025).get(LocalDate.of(2025, 1, 28)).toString());
        assertFalse(TABLE.offDays(2024).containsKey(LocalDate.of(2024, 5, 2)));
        assertTrue(TABLE.offDays(2025).containsKey(LocalDate.of(2025, 5, 2)));
    }

    @Test
    void theStatutoryDaysOf2027UnderThe2024Rules() {
        Map<LocalDate, HolidayName> days = TABLE.offDays(2027);
        assertEquals(List.of(
                "2027-01-01 元旦", "2027-02-05 春节", "2027-02-06 春节", "2027-02-07 春节", "2027-02-08 春节",
                "2027-02-09 春节（补假）", "2027-02-10 春节（补假）", "2027-04-05 清明节", "2027-05-01 劳动节",
                "2027-05-02 劳动节", "2027-05-03 劳动节（补假）", "2027-05-04 劳动节（补假）", "2027-06-09 端午节",
                "2027-09-15 中秋节", "2027-10-01 国庆节", "2027-10-02 国庆节", "2027-10-03 国庆节",
                "2027-10-04 国庆节（补假）", "2027-10-05 国庆节（补假）"),
                days.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().chinese()).toList());
        assertEquals("全国年节及纪念日放假办法（2024年11月10日修订） | statutory holidays",
                TABLE.rules(2027).orElseThrow().number());
    }

    @Test
    void aProvisionalAnswerForAYearWithoutANoticeKnowsItsStatutoryHolidays() {
        ProvisionalCalendar p = CN.provisional();
        // the figure: New Year's Day 2027 is off, so one working day after 2026-12-31 is Monday 2027-01-04
        CalendarAnswer<LocalDate> due = p.shift(LocalDate.of(2026, 12, 31), 1);
        assertEquals(LocalDate.of(2027, 1, 4), due.value());
        assertEquals(List.of(Year.of(2027)), due.provisionalYears());
        DayInfo newYear = p.describe(LocalDate.of(2027, 1, 1)).value();
        assertEquals(DayKind.HOLIDAY, newYear.kind());
        assertEquals("New Year's Day", newYear.holiday().orElseThrow().english());
        assertEquals("statutory-2027", newYear.notice().orElseThrow().key());
        assertEquals(ProvisionalBasis.STATUTORY_HOLIDAYS, p.basis(Year.of(2027)));
        assertEquals(19, p.statutoryHolidays(Year.of(2027)).size());
        assertEquals(LocalDate.of(2027, 1, 1), p.statutoryHolidays(Year.of(2027)).get(0).date());
        // the Spring Festival week: New Year's Eve (Friday) to the substitute days, then Thursday 2027-02-11
        assertEquals(LocalDate.of(2027, 2, 11), p.shift(LocalDate.of(2027, 2, 4), 1).value());
        // makeup days are not guessed: a weekend stays a weekend
        assertEquals(DayKind.WEEKEND, p.describe(LocalDate.of(2027, 2, 14)).value().kind());
        // a covered date is still exact, from the notice
        assertTrue(p.describe(LocalDate.of(2026, 10, 1)).isExact());
        assertEquals(ProvisionalBasis.NOTICES, p.basis(Year.of(2026)));
        assertEquals(ProvisionalBasis.BASE_NOTICES, Calendars.standard().calendar("CN-NX").provisional()
                .basis(Year.of(2022)));
    }

    @Test
    void beyondTheLunarTableTheLastResortIsWeekendsOnly() {
        ProvisionalCalendar p = CN.provisional();
        assertEquals(ProvisionalBasis.STATUTORY_HOLIDAYS, p.basis(Year.of(2050)));
        assertEquals(ProvisionalBasis.WEEKENDS_ONLY, p.basis(Year.of(2051)));
        assertEquals(List.of(), p.statutoryHolidays(Year.of(2051)));
        assertEquals(DayKind.HOLIDAY, p.describe(LocalDate.of(2050, 10, 3)).value().kind());
        // 2051-10-03 is a Tuesday: weekends only, a working day
        assertEquals(DayKind.WORKING_DAY, p.describe(LocalDate.of(2051, 10, 3)).value().kind());
        // before the table too (2019 is not in it)
        assertEquals(ProvisionalBasis.WEEKENDS_ONLY, p.basis(Year.of(2019)));
        assertTrue(p.isWorkingDay(LocalDate.of(2019, 10, 3)).value());
    }

    @Test
    void anOverlayAnswersTheStatutoryDaysOfItsBase() {
        ProvisionalCalendar xj = Calendars.standard().calendar(CalendarId.CN_XJ).provisional();
        assertEquals(ProvisionalBasis.STATUTORY_HOLIDAYS, xj.basis(Year.of(2027)));
        assertEquals(CN.provisional().statutoryHolidays(Year.of(2027)), xj.statutoryHolidays(Year.of(2027)));
        assertFalse(xj.isWorkingDay(LocalDate.of(2027, 1, 1)).value());
        // a calendar other than CN has no statutory table: weekends only
        ImmutableWorkingDayCalendar.Builder b = ImmutableWorkingDayCalendar.builder(CalendarId.of("XX"), 2026, 2026);
        ProvisionalCalendar xx = b.build().provisional();
        assertEquals(ProvisionalBasis.WEEKENDS_ONLY, xx.basis(Year.of(2027)));
        assertTrue(xx.isWorkingDay(LocalDate.of(2027, 1, 1)).value());
    }
}
