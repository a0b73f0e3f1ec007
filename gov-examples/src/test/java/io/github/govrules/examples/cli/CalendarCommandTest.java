package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarCommandTest {

    @Test
    void october2025GridMarksNationalDayTheMakeupSaturdayAndWeekends() {
        Cli.Result r = Cli.run("calendar", "--calendar", "CN", "--year", "2025", "--month", "10");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.outLines();
        assertEquals("Mo  Tu  We  Th  Fr  Sa  Su", lines.get(1).stripTrailing(), r::toString);
        // 1 October 2025 is a Wednesday: the first week starts in the third column
        assertEquals("         1H  2H  3H  4H  5H", lines.get(2).stripTrailing(), r::toString);
        // 10/6-10/8 off, 9 and 10 working, Saturday 10/11 a makeup working day, Sunday 10/12 weekend
        assertEquals(" 6H  7H  8H  9  10  11M 12w", lines.get(3).stripTrailing(), r::toString);
        assertEquals("27  28  29  30  31", lines.get(6).stripTrailing(), r::toString);
    }

    @Test
    void gridHasALegendAndNamesTheHolidaysAndMakeupDays() {
        Cli.Result r = Cli.run("calendar", "--year", "2025", "--month", "10");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.outLines().contains(CalendarCommand.LEGEND), r::toString);
        assertTrue(r.out().contains("2025-10-01..10-08      8 days  国庆节"), r::toString);
        assertTrue(r.out().contains("2025-10-11 Sat  for 国庆节"), r::toString);
        assertTrue(r.out().contains("Working days: 18 of 31 days (2025-10, calendar CN)"), r::toString);
    }

    @Test
    void wholeYearShowsTwelveMonthsAndTheYearsWorkingDays() {
        Cli.Result r = Cli.run("calendar", "--year", "2025");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("January 2025") && r.out().contains("December 2025"), r::toString);
        // 248 working days in 2025 (counted from the 2025 notice)
        assertTrue(r.out().contains("Working days: 248 of 365 days (2025, calendar CN)"), r::toString);
    }

    @Test
    void overlayMarksXinjiangEidDays() {
        Cli.Result r = Cli.run("calendar", "--calendar", "cn-xj", "--year", "2025", "--month", "6");
        assertEquals(0, r.exitCode(), r::toString);
        String grid = String.join("\n", r.outLines().subList(0, 8));
        assertTrue(grid.contains(" 9H 10H "), r::toString);
        Cli.Result national = Cli.run("calendar", "--calendar", "CN", "--year", "2025", "--month", "6");
        assertTrue(String.join("\n", national.outLines().subList(0, 8)).contains(" 9  10  "), national::toString);
    }

    @Test
    void uncoveredYearIsBadInputNamingTheCoveredRangeAndPrintsNoGrid() {
        Cli.Result r = Cli.run("calendar", "--calendar", "CN", "--year", "2027", "--month", "1");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(List.of("gov calendar: Calendar CN has no data for 2027-01-01 (data covers 2020-01-01 to 2026-12-31)"),
                r.errLines());
    }

    @Test
    void unknownCalendarIsBadInputNamingTheKnownOnes() {
        Cli.Result r = Cli.run("calendar", "--calendar", "CN-ZZ", "--year", "2025");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("--calendar: unknown calendar 'CN-ZZ'; known calendars: [CN, CN-GX, CN-NX, CN-XJ]"), r::toString);
    }

    @Test
    void badMonthIsBadInput() {
        Cli.Result r = Cli.run("calendar", "--year", "2025", "--month", "13");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(List.of("gov calendar: --month: must be 1 to 12, but was 13"), r.errLines());
    }

    @Test
    void missingYearIsAUsageError() {
        Cli.Result r = Cli.run("calendar", "--month", "3");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("--year"), r::toString);
    }
}
