package io.github.govrules.calendar;

import static io.github.govrules.calendar.testing.TrickyDays.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The named tricky days of the national calendar, table-driven. */
class TrickyDaysTest {

    private static final WorkingDayCalendar CN = Calendars.cn();

    static Stream<Arguments> kinds() {
        return Stream.of(
                // 2025 National Day: 10/1–10/8 off, Sunday 9/28 and Saturday 10/11 working
                Arguments.of(MAKEUP_SUNDAY_2025_09_28, DayOfWeek.SUNDAY, DayKind.MAKEUP_WORKING_DAY),
                Arguments.of(LocalDate.of(2025, 9, 30), DayOfWeek.TUESDAY, DayKind.WORKING_DAY),
                Arguments.of(NATIONAL_DAY_2025_FIRST, DayOfWeek.WEDNESDAY, DayKind.HOLIDAY),
                Arguments.of(LocalDate.of(2025, 10, 4), DayOfWeek.SATURDAY, DayKind.HOLIDAY),
                Arguments.of(NATIONAL_DAY_2025_LAST, DayOfWeek.WEDNESDAY, DayKind.HOLIDAY),
                Arguments.of(LocalDate.of(2025, 10, 9), DayOfWeek.THURSDAY, DayKind.WORKING_DAY),
                Arguments.of(MAKEUP_SATURDAY_2025_10_11, DayOfWeek.SATURDAY, DayKind.MAKEUP_WORKING_DAY),
                Arguments.of(LocalDate.of(2025, 10, 12), DayOfWeek.SUNDAY, DayKind.WEEKEND),
                // 2026 Spring Festival: Saturday 2/14 and 2/28 working, 2/15–2/23 off
                Arguments.of(MAKEUP_SATURDAY_2026_02_14, DayOfWeek.SATURDAY, DayKind.MAKEUP_WORKING_DAY),
                Arguments.of(LocalDate.of(2026, 2, 15), DayOfWeek.SUNDAY, DayKind.HOLIDAY),
                Arguments.of(LocalDate.of(2026, 2, 23), DayOfWeek.MONDAY, DayKind.HOLIDAY),
                Arguments.of(MAKEUP_SATURDAY_2026_02_28, DayOfWeek.SATURDAY, DayKind.MAKEUP_WORKING_DAY),
                Arguments.of(MAKEUP_SUNDAY_2026_01_04, DayOfWeek.SUNDAY, DayKind.MAKEUP_WORKING_DAY),
                // New Year's Eve: working in 2024, off from 2025
                Arguments.of(NEW_YEARS_EVE_WORKING_2024_02_09, DayOfWeek.FRIDAY, DayKind.WORKING_DAY),
                Arguments.of(NEW_YEARS_EVE_OFF_2025_01_28, DayOfWeek.TUESDAY, DayKind.HOLIDAY),
                // 2020-02-01: makeup Saturday turned off by the extension notice
                Arguments.of(MAKEUP_SUNDAY_2020_01_19, DayOfWeek.SUNDAY, DayKind.MAKEUP_WORKING_DAY),
                Arguments.of(AMENDED_SATURDAY_2020_02_01, DayOfWeek.SATURDAY, DayKind.HOLIDAY),
                Arguments.of(BACK_TO_WORK_2020_02_03, DayOfWeek.MONDAY, DayKind.WORKING_DAY),
                // 2022-12-31: off, declared by the 2023 notice
                Arguments.of(NEW_YEAR_2023_OFF_2022_12_31, DayOfWeek.SATURDAY, DayKind.HOLIDAY));
    }

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @MethodSource("kinds")
    void kindOfDay(LocalDate date, DayOfWeek dayOfWeek, DayKind kind) {
        assertEquals(dayOfWeek, date.getDayOfWeek());
        assertEquals(kind, CN.describe(date).kind());
        assertEquals(kind.isWorkingDay(), CN.isWorkingDay(date));
    }

    static Stream<Arguments> shifts() {
        return Stream.of(
                // the worked example: accepted Friday 2025-09-19, 20 working days → Thursday 2025-10-23
                Arguments.of(ACCEPTED_FRIDAY_2025_09_19, 20, DUE_THURSDAY_2025_10_23),
                Arguments.of(LocalDate.of(2025, 9, 26), 1, MAKEUP_SUNDAY_2025_09_28),
                Arguments.of(LocalDate.of(2025, 9, 30), 1, LocalDate.of(2025, 10, 9)),
                Arguments.of(LocalDate.of(2025, 10, 10), 1, MAKEUP_SATURDAY_2025_10_11),
                Arguments.of(NATIONAL_DAY_2025_FIRST, 0, LocalDate.of(2025, 10, 9)),
                Arguments.of(LocalDate.of(2025, 10, 9), -1, LocalDate.of(2025, 9, 30)),
                Arguments.of(LocalDate.of(2026, 2, 13), 1, MAKEUP_SATURDAY_2026_02_14),
                Arguments.of(MAKEUP_SATURDAY_2026_02_14, 1, LocalDate.of(2026, 2, 24)),
                Arguments.of(LocalDate.of(2026, 2, 27), 1, MAKEUP_SATURDAY_2026_02_28),
                Arguments.of(LocalDate.of(2024, 2, 8), 1, NEW_YEARS_EVE_WORKING_2024_02_09),
                Arguments.of(NEW_YEARS_EVE_WORKING_2024_02_09, 1, LocalDate.of(2024, 2, 18)),
                Arguments.of(LocalDate.of(2020, 1, 23), 1, BACK_TO_WORK_2020_02_03),
                Arguments.of(LocalDate.of(2022, 12, 30), 1, LocalDate.of(2023, 1, 3)),
                Arguments.of(LocalDate.of(2023, 1, 3), -1, LocalDate.of(2022, 12, 30)));
    }

    @ParameterizedTest(name = "shift({0}, {1}) = {2}")
    @MethodSource("shifts")
    void shiftAcrossTrickyDays(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, CN.shift(start, n));
        if (n != 0) {
            assertEquals(n, CN.countWorkingDays(start, expected));
        }
    }
}
