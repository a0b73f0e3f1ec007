package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks the fast calendar against the day-by-day {@link Oracle}: every covered date, and
 * thousands of random (date, n) and (a, b) pairs, for the national calendar and the overlays.
 */
class OracleCrossCheckTest {

    private static final int RANDOM_CASES = 5_000;

    static Stream<Arguments> calendars() {
        Oracle cn = Oracle.cn();
        Oracle xj = cn.overlay(datesBetween("2025-03-29", "2025-03-31", "2025-06-06", "2025-06-10",
                "2026-03-20", "2026-03-22", "2026-05-27", "2026-05-31"), java.util.Set.of(), 2025, 2026);
        Oracle gxBundled = cn.overlay(datesBetween("2021-04-14", "2021-04-16", "2022-04-02", "2022-04-02",
                        "2022-04-06", "2022-04-06", "2023-04-21", "2023-04-23", "2024-04-11", "2024-04-12",
                        "2025-03-31", "2025-04-01", "2026-04-17", "2026-04-20"),
                java.util.Set.of(LocalDate.parse("2021-04-18")), 2020, 2026);
        Oracle nx = cn.overlay(datesBetween("2020-05-25", "2020-05-26", "2020-07-30", "2020-07-31",
                "2021-05-13", "2021-05-14", "2021-07-19", "2021-07-20"), java.util.Set.of(), 2020, 2021);
        Calendars gxRegistry = Calendars.empty()
                .withResource("io/github/govrules/calendar/fixtures/CN-2017.cal")
                .withResource("io/github/govrules/calendar/fixtures/CN-GX-2017.cal");
        Oracle cn2017 = new Oracle(
                datesBetween("2017-01-01", "2017-01-02", "2017-01-27", "2017-02-02", "2017-04-02", "2017-04-04",
                        "2017-04-29", "2017-05-01", "2017-05-28", "2017-05-30", "2017-10-01", "2017-10-08"),
                java.util.Set.of(LocalDate.parse("2017-01-22"), LocalDate.parse("2017-02-04"),
                        LocalDate.parse("2017-04-01"), LocalDate.parse("2017-05-27"), LocalDate.parse("2017-09-30")),
                LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
        Oracle gx = cn2017.overlay(datesBetween("2017-03-30", "2017-04-01"),
                java.util.Set.of(LocalDate.parse("2017-04-08")), 2017, 2017);
        return Stream.of(
                Arguments.of(Calendars.cn(), cn),
                Arguments.of(Calendars.standard().calendar(CalendarId.CN_XJ), xj),
                Arguments.of(Calendars.standard().calendar(CalendarId.CN_GX), gxBundled),
                Arguments.of(Calendars.standard().calendar(CalendarId.CN_NX), nx),
                Arguments.of(gxRegistry.calendar(CalendarId.CN), cn2017),
                Arguments.of(gxRegistry.calendar(CalendarId.CN_GX), gx));
    }

    static java.util.Set<LocalDate> datesBetween(String... pairs) {
        java.util.Set<LocalDate> set = new java.util.HashSet<>();
        for (int i = 0; i < pairs.length; i += 2) {
            LocalDate.parse(pairs[i]).datesUntil(LocalDate.parse(pairs[i + 1]).plusDays(1)).forEach(set::add);
        }
        return set;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void everyCoveredDateAgreesWithTheOracle(WorkingDayCalendar cal, Oracle oracle) {
        assertEquals(oracle.first, cal.coverageStart());
        assertEquals(oracle.last, cal.coverageEnd());
        for (LocalDate day = oracle.first; !day.isAfter(oracle.last); day = day.plusDays(1)) {
            LocalDate d = day;
            boolean working = oracle.isWorkingDay(d);
            assertEquals(working, cal.isWorkingDay(d), d::toString);
            assertEquals(working, cal.describe(d).isWorkingDay(), d::toString);
            assertEqualOrBothThrow(() -> oracle.shift(d, 1), () -> cal.next(d), d + " next");
            assertEqualOrBothThrow(() -> oracle.shift(d, -1), () -> cal.previous(d), d + " previous");
            assertEqualOrBothThrow(() -> oracle.shift(d, 0), () -> cal.nextOrSame(d), d + " nextOrSame");
            assertEqualOrBothThrow(() -> oracle.isWorkingDay(d) ? d : oracle.shift(d, -1),
                    () -> cal.previousOrSame(d), d + " previousOrSame");
            assertEquals(oracle.count(oracle.first, d), cal.countWorkingDays(oracle.first, d), d::toString);
            assertEquals(oracle.count(d, oracle.first), cal.countWorkingDays(d, oracle.first), d::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void randomShiftsAgreeWithTheOracle(WorkingDayCalendar cal, Oracle oracle) {
        SplittableRandom random = new SplittableRandom(20250919);
        int days = (int) (oracle.last.toEpochDay() - oracle.first.toEpochDay()) + 1;
        for (int i = 0; i < RANDOM_CASES; i++) {
            LocalDate d = oracle.first.plusDays(random.nextInt(days));
            int n = random.nextInt(5) == 0 ? random.nextInt(-400, 401) : random.nextInt(-30, 31);
            assertEqualOrBothThrow(() -> oracle.shift(d, n), () -> cal.shift(d, n), d + " shift " + n);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void randomCountsAgreeWithTheOracle(WorkingDayCalendar cal, Oracle oracle) {
        SplittableRandom random = new SplittableRandom(20200201);
        int days = (int) (oracle.last.toEpochDay() - oracle.first.toEpochDay()) + 1;
        for (int i = 0; i < RANDOM_CASES; i++) {
            LocalDate a = oracle.first.plusDays(random.nextInt(days));
            LocalDate b = oracle.first.plusDays(random.nextInt(days));
            assertEquals(oracle.count(a, b), cal.countWorkingDays(a, b), () -> a + " to " + b);
            LocalDate end = a.isAfter(b) ? a : b;
            LocalDate start = a.isAfter(b) ? b : a;
            if (i % 10 == 0) {
                assertEquals(start.datesUntil(end.plusDays(1)).filter(oracle::isWorkingDay).toList(),
                        cal.workingDays(start, end.plusDays(1)).toList(), () -> "workingDays " + start + " " + end);
            }
        }
    }

    private static void assertEqualOrBothThrow(java.util.function.Supplier<LocalDate> expected,
                                               java.util.function.Supplier<LocalDate> actual, String what) {
        LocalDate e;
        try {
            e = expected.get();
        } catch (DateOutOfCoverageException ex) {
            assertThrows(DateOutOfCoverageException.class, actual::get, what);
            return;
        }
        assertEquals(e, actual.get(), what);
    }
}
