package io.github.govrules.calendar;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.govrules.calendar.testing.CalendarGenerators;
import io.github.govrules.calendar.testing.DateGenerator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The arithmetic laws, as QuickTheories properties over the national calendar and the Xinjiang
 * overlay. Dates come from QuickTheories' own integer generators (so they shrink); the shipped
 * generators are exercised too.
 */
class CalendarPropertiesTest {

    private static final int EXAMPLES = 2_000;

    static Stream<Arguments> calendars() {
        return Stream.of(Arguments.of(Calendars.cn()), Arguments.of(Calendars.standard().calendar(CalendarId.CN_XJ)));
    }

    private static Gen<LocalDate> dates(WorkingDayCalendar cal) {
        long first = cal.coverageStart().toEpochDay();
        int span = (int) (cal.coverageEnd().toEpochDay() - first);
        return integers().between(0, span).map(i -> LocalDate.ofEpochDay(first + i));
    }

    private static Gen<LocalDate> workingDays(WorkingDayCalendar cal) {
        DateGenerator gen = CalendarGenerators.workingDays(cal);
        return integers().all().map(seed -> gen.next(new SplittableRandom(seed)));
    }

    /** Shifts up to this size (about a sixth of the covered days, at most 300), so that most stay within the coverage. */
    private static int maxN(WorkingDayCalendar cal) {
        long span = cal.coverageEnd().toEpochDay() - cal.coverageStart().toEpochDay();
        return (int) Math.max(20, Math.min(300, span / 6));
    }

    private static boolean inRange(WorkingDayCalendar cal, LocalDate d, int n) {
        try {
            cal.shift(d, n);
            return true;
        } catch (DateOutOfCoverageException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void countOfShiftIsN(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(dates(cal), integers().between(-maxN(cal), maxN(cal)))
                .assuming((d, n) -> inRange(cal, d, n))
                // for n = 0 the law needs a working day: shift(d, 0) of a non-working day is the next one
                .check((d, n) -> cal.countWorkingDays(d, cal.shift(d, n)) == (n == 0 && !cal.isWorkingDay(d) ? 1 : n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void shiftResultIsAWorkingDayOnTheRightSide(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(dates(cal), integers().between(-maxN(cal), maxN(cal)))
                .assuming((d, n) -> inRange(cal, d, n))
                .check((d, n) -> {
                    LocalDate r = cal.shift(d, n);
                    boolean side = n > 0 ? r.isAfter(d) : n < 0 ? r.isBefore(d) : !r.isBefore(d);
                    return cal.isWorkingDay(r) && side;
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void shiftThereAndBackReturnsAWorkingDayToItself(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(workingDays(cal), integers().between(-maxN(cal), maxN(cal)))
                .assuming((d, n) -> inRange(cal, d, n))
                .check((d, n) -> cal.shift(cal.shift(d, n), -n).equals(d));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void shiftIsMonotonicInTheDate(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(dates(cal), dates(cal), integers().between(-maxN(cal) / 3, maxN(cal) / 3))
                .assuming((a, b, n) -> inRange(cal, a, n) && inRange(cal, b, n))
                .check((a, b, n) -> a.isAfter(b) || !cal.shift(a, n).isAfter(cal.shift(b, n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void shiftIsStrictlyMonotonicInN(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(dates(cal), integers().between(-maxN(cal) / 3, maxN(cal) / 3))
                .assuming((d, n) -> inRange(cal, d, n) && inRange(cal, d, n + 1))
                .check((d, n) -> cal.shift(d, n + 1).isAfter(cal.shift(d, n))
                        // shift(d, 0) and shift(d, 1) are both the next working day when d is not one
                        || (n == 0 && !cal.isWorkingDay(d) && cal.shift(d, 1).equals(cal.shift(d, 0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void countsAddUpOverAdjacentRanges(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(dates(cal), dates(cal), dates(cal))
                .check((x, y, z) -> {
                    LocalDate[] s = Stream.of(x, y, z).sorted().toArray(LocalDate[]::new);
                    return cal.countWorkingDays(s[0], s[1]) + cal.countWorkingDays(s[1], s[2])
                            == cal.countWorkingDays(s[0], s[2]);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void countIsMonotonicAndBoundedByTheDays(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(dates(cal), dates(cal))
                .check((a, b) -> {
                    int count = cal.countWorkingDays(a, b);
                    long days = b.toEpochDay() - a.toEpochDay();
                    return Math.abs(count) <= Math.abs(days) && Long.signum(count) * Long.signum(days) >= 0;
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void countEqualsTheStreamOfWorkingDays(WorkingDayCalendar cal) {
        qt().withExamples(500).forAll(dates(cal), integers().between(0, maxN(cal)))
                .assuming((a, len) -> cal.covers(a.plusDays(len)))
                .check((a, len) -> cal.countWorkingDays(a, a.plusDays(len))
                        == cal.workingDays(a.plusDays(1), a.plusDays(len + 1)).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void nextAndPreviousAgreeWithShift(WorkingDayCalendar cal) {
        qt().withExamples(EXAMPLES).forAll(dates(cal))
                .assuming(d -> inRange(cal, d, 1) && inRange(cal, d, -1))
                .check(d -> cal.next(d).equals(cal.shift(d, 1)) && cal.previous(d).equals(cal.shift(d, -1))
                        && cal.nextOrSame(d).equals(cal.shift(d, 0))
                        && cal.previousOrSame(d).equals(cal.isWorkingDay(d) ? d : cal.previous(d)));
    }
}
