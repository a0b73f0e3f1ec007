package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.TimeLimit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;

/**
 * The horizon of provisional answers: {@value ProvisionalCalendar#HORIZON_YEARS} years beyond
 * the data. Huge amounts fail with the typed error without walking the days; answers within
 * the horizon agree with a day-by-day weekends-only oracle.
 */
class ProvisionalHorizonTest {

    /** Only a guard against a hang: the assertions are on the exceptions and values. */
    private static final Duration GUARD = Duration.ofSeconds(5);

    private final WorkingDayCalendar cn = Calendars.cn();
    private final ProvisionalCalendar provisional = cn.provisional();
    private static final LocalDate START = LocalDate.of(2025, 9, 19);

    @Test
    void theHorizonIsAHundredYearsBeyondTheData() {
        assertEquals(100, ProvisionalCalendar.HORIZON_YEARS);
        assertEquals(LocalDate.of(1920, 1, 1), provisional.horizonStart());
        assertEquals(LocalDate.of(2126, 12, 31), provisional.horizonEnd());
        WorkingDayCalendar xj = Calendars.standard().calendar(CalendarId.CN_XJ);
        assertEquals(LocalDate.of(1925, 1, 1), xj.provisional().horizonStart(), "counted from the overlay's 2025");
        assertEquals(LocalDate.of(2126, 12, 31), xj.provisional().horizonEnd());
        WorkingDayCalendar nx = Calendars.standard().calendar(CalendarId.CN_NX);
        assertEquals(LocalDate.of(2121, 12, 31), nx.provisional().horizonEnd(), "counted from the overlay's 2021");
    }

    @Test
    void hugeWorkingDayShiftsFailAtOnceNamingTheHorizon() {
        for (int n : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 50_000_000, -50_000_000, -Integer.MAX_VALUE}) {
            DateOutOfCoverageException e = fails(() -> provisional.shift(START, n));
            assertMessageNamesEverything(e, "shift " + START + " by " + n + " working days");
            assertEquals(n > 0 ? LocalDate.of(2127, 1, 1) : LocalDate.of(1919, 12, 31), e.date());
        }
    }

    @Test
    void hugeProvisionalDueDatesFailAtOnce() {
        for (TimeLimit limit : List.of(TimeLimit.workingDays(Integer.MAX_VALUE), TimeLimit.naturalDays(Integer.MAX_VALUE),
                TimeLimit.workingDays(50_000_000), TimeLimit.naturalDays(50_000_000))) {
            DateOutOfCoverageException e = fails(() -> Deadlines.provisionalDueDate(cn, START, limit));
            assertMessageNamesEverything(e, "");
            DateOutOfCoverageException explained = fails(() -> Deadlines.explainProvisional(cn, START, limit, List.of()));
            assertEquals(e.getMessage(), explained.getMessage());
        }
    }

    @Test
    void datesBeyondTheHorizonAreRefusedByEveryOperation() {
        LocalDate after = LocalDate.of(2127, 1, 4);
        LocalDate before = LocalDate.of(1919, 12, 31);
        assertMessageNamesEverything(fails(() -> provisional.isWorkingDay(after)), after.toString());
        assertMessageNamesEverything(fails(() -> provisional.describe(before)), before.toString());
        assertMessageNamesEverything(fails(() -> provisional.countWorkingDays(START, after)), after.toString());
        assertMessageNamesEverything(fails(() -> provisional.countWorkingDays(before, START)), before.toString());
        assertMessageNamesEverything(fails(() -> provisional.workingDays(START, after.plusDays(1))), after.toString());
        assertMessageNamesEverything(fails(() -> provisional.previousOrSame(before)), before.toString());
        assertMessageNamesEverything(fails(() -> provisional.nextOrSame(after)), after.toString());
        // the next working day after the horizon's last day, and the previous before its first, are beyond it
        fails(() -> provisional.next(provisional.horizonEnd()));
        fails(() -> provisional.previous(provisional.horizonStart()));
    }

    @Test
    void answersJustInsideTheHorizonStillWork() {
        LocalDate end = provisional.horizonEnd();
        int toEnd = provisional.countWorkingDays(START, end).value();
        CalendarAnswer<LocalDate> last = assertTimeoutPreemptively(GUARD, () -> provisional.shift(START, toEnd));
        assertEquals(end, last.value());
        assertEquals(100, last.provisionalYears().size());
        assertEquals(Year.of(2027), last.provisionalYears().get(0));
        assertEquals(Year.of(2126), last.provisionalYears().get(99));
        assertMessageNamesEverything(fails(() -> provisional.shift(START, toEnd + 1)), "");
        assertEquals(end, Deadlines.provisionalDueDate(cn, START, TimeLimit.workingDays(toEnd)).value());
        int daysToEnd = (int) (end.toEpochDay() - START.toEpochDay());
        assertEquals(end, Deadlines.provisionalDueDate(cn, START, TimeLimit.naturalDays(daysToEnd)).value());
        fails(() -> Deadlines.provisionalDueDate(cn, START, TimeLimit.naturalDays(daysToEnd + 1)));

        LocalDate first = provisional.horizonStart();
        int toStart = provisional.countWorkingDays(START, first).value(); // negative: minus the days in [first, START)
        assertEquals(first, provisional.shift(START, toStart).value());
        fails(() -> provisional.shift(START, toStart - 1));
        assertEquals(Year.of(1920), provisional.isWorkingDay(first).provisionalYears().get(0));
    }

    @Test
    void exactAnswersAreUnaffected() {
        CalendarAnswer<LocalDate> due = provisional.shift(START, 20);
        assertTrue(due.isExact());
        assertEquals(LocalDate.of(2025, 10, 23), due.value());
        assertEquals(cn.countWorkingDays(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)),
                provisional.countWorkingDays(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)).exactValue());
    }

    // ---- property: shift and count agree with a day-by-day oracle (statutory days, else weekends only) within the horizon

    private boolean oracleWorking(LocalDate d) {
        if (cn.covers(d)) {
            return cn.isWorkingDay(d);
        }
        return Oracle.uncoveredCnWorking(d);
    }

    /** The oracle's shift, or null when it leaves the horizon. */
    private LocalDate oracleShift(LocalDate date, int n) {
        LocalDate d = date;
        int step = n >= 0 ? 1 : -1;
        if (n == 0) {
            while (!oracleWorking(d)) {
                d = d.plusDays(1);
            }
        }
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (oracleWorking(d)) {
                left--;
            }
        }
        return d.isBefore(provisional.horizonStart()) || d.isAfter(provisional.horizonEnd()) ? null : d;
    }

    private int oracleCount(LocalDate a, LocalDate b) {
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            count += oracleWorking(d) ? 1 : 0;
        }
        for (LocalDate d = b; d.isBefore(a); d = d.plusDays(1)) {
            count -= oracleWorking(d) ? 1 : 0;
        }
        return count;
    }

    private Gen<LocalDate> horizonDates() {
        long first = provisional.horizonStart().toEpochDay();
        int span = (int) (provisional.horizonEnd().toEpochDay() - first);
        // half of them near the ends of the data or of the horizon, where the cases are
        Gen<LocalDate> anywhere = integers().between(0, span).map(i -> LocalDate.ofEpochDay(first + i));
        Gen<LocalDate> nearEdges = integers().between(-800, 800).zip(integers().between(0, 3),
                (off, edge) -> clamp(List.of(provisional.horizonStart(), cn.coverageStart(), cn.coverageEnd(),
                        provisional.horizonEnd()).get(edge).plusDays(off)));
        return anywhere.mix(nearEdges, 50);
    }

    /**
     * The date, or the nearest end of the horizon: generated values are moved into range, not
     * filtered (QuickTheories gives up when too many draws in a row fail an assumption, which
     * made this test fail about once in a few hundred runs).
     */
    private LocalDate clamp(LocalDate d) {
        return d.isBefore(provisional.horizonStart()) ? provisional.horizonStart()
                : d.isAfter(provisional.horizonEnd()) ? provisional.horizonEnd() : d;
    }

    @Test
    void shiftAgreesWithTheDayByDayOracleWithinTheHorizon() {
        qt().withExamples(400).forAll(horizonDates(), integers().between(-3_000, 3_000))
                .checkAssert((d, n) -> {
                    LocalDate expected = oracleShift(d, n);
                    if (expected == null) {
                        assertThrows(DateOutOfCoverageException.class, () -> provisional.shift(d, n));
                    } else {
                        CalendarAnswer<LocalDate> got = provisional.shift(d, n);
                        assertEquals(expected, got.value(), () -> "shift(" + d + ", " + n + ")");
                        assertTrue(got.provisionalYears().size() <= ProvisionalCalendar.HORIZON_YEARS);
                    }
                });
    }

    @Test
    void countAgreesWithTheDayByDayOracleWithinTheHorizon() {
        qt().withExamples(400).forAll(horizonDates(), integers().between(-3_000, 3_000))
                .checkAssert((a, k) -> {
                    LocalDate b = clamp(a.plusDays(k));
                    CalendarAnswer<Integer> got = provisional.countWorkingDays(a, b);
                    assertEquals(oracleCount(a, b), got.value(), () -> "count(" + a + ", " + b + ")");
                    assertEquals(got.isExact(), cn.covers(a) && cn.covers(b) || got.provisionalYears().isEmpty());
                });
    }

    private static DateOutOfCoverageException fails(Executable call) {
        return assertTimeoutPreemptively(GUARD, () -> assertThrows(DateOutOfCoverageException.class, call));
    }

    private static void assertMessageNamesEverything(DateOutOfCoverageException e, String asked) {
        String m = e.getMessage();
        Supplier<String> msg = () -> m;
        assertTrue(m.startsWith("Calendar CN has no data for "), msg);
        assertTrue(m.contains("(data covers 2020-01-01 to 2026-12-31)"), msg);
        assertTrue(m.contains(asked), msg);
        assertTrue(m.contains("provisional answers reach only 100 years beyond the data, 1920-01-01 to 2126-12-31"), msg);
    }
}
