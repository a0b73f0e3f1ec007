package io.github.govrules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Dates far from the data: {@code countWorkingDays} and {@code isWorkingDay} find their slots
 * without a coverage check and rely on the tables' bounds, so no year, however far, may wrap
 * round into a table and read another year's day. Every one is refused, naming the date.
 */
class FarDatesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final Oracle ORACLE = Oracle.cn();
    private static final LocalDate INSIDE = LocalDate.of(2025, 9, 19);

    /** Dates whose year times 512 is a 2020–2026 year's modulo 2^32, the edges of int overflow, and LocalDate's limits. */
    static Stream<Arguments> farDates() {
        return Stream.of(
                LocalDate.of(2025 + (1 << 23), 9, 19), // 2025·512 mod 2^32, so the same slot after wrapping
                LocalDate.of(2025 - (1 << 23), 9, 19),
                LocalDate.of(2020 + 5 * (1 << 23), 1, 1),
                LocalDate.of(1 << 22, 1, 1), // the first year whose 512 × year overflows
                LocalDate.of((1 << 22) - 1, 12, 31), // the last that does not
                LocalDate.of(-(1 << 22), 1, 1),
                LocalDate.of(-(1 << 22) - 1, 12, 31),
                LocalDate.MAX, LocalDate.MIN,
                LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31),
                LocalDate.of(2019, 12, 31), LocalDate.of(2027, 1, 1),
                LocalDate.of(2019, 12, 1), LocalDate.of(2027, 12, 31))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("farDates")
    void aFarDateIsRefusedInEitherPlace(LocalDate far) {
        for (Executable call : List.<Executable>of(() -> CN.countWorkingDays(far, INSIDE),
                () -> CN.countWorkingDays(INSIDE, far), () -> CN.countWorkingDays(far, far), () -> CN.isWorkingDay(far))) {
            DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class, call);
            assertEquals(far, e.date());
            assertEquals(CalendarId.CN, e.calendarId());
        }
    }

    @Test
    void theStartIsNamedWhenBothAreOutside() {
        LocalDate a = LocalDate.of(2025 + (1 << 23), 1, 1);
        LocalDate b = LocalDate.of(2019, 1, 1);
        assertEquals(a, assertThrows(DateOutOfCoverageException.class, () -> CN.countWorkingDays(a, b)).date());
        assertEquals(b, assertThrows(DateOutOfCoverageException.class, () -> CN.countWorkingDays(b, a)).date());
    }

    /**
     * Any two dates LocalDate can hold: the oracle's count when both are covered, else a refusal
     * naming the first uncovered; and the oracle's answer for whether the first is a working day.
     */
    @Test
    void anyTwoDatesGiveTheCountOrARefusal() {
        Gen<LocalDate> anyDate = longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
        long first = CN.coverageStart().toEpochDay() - 400;
        Gen<LocalDate> nearDate = integers().between(0, 3400).map(i -> LocalDate.ofEpochDay(first + i));
        Gen<LocalDate> aliasDate = nearDate.zip(integers().between(-119, 119),
                (d, k) -> d.getYear() + (long) k * (1 << 23) > LocalDate.MAX.getYear()
                        || d.getYear() + (long) k * (1 << 23) < LocalDate.MIN.getYear()
                        ? d : d.withYear(d.getYear() + k * (1 << 23)));
        Gen<LocalDate> dates = anyDate.mix(nearDate, 50).mix(aliasDate, 30);
        qt().withExamples(5_000).forAll(dates, dates).checkAssert((a, b) -> {
            if (ORACLE.covers(a)) {
                assertEquals(ORACLE.isWorkingDay(a), CN.isWorkingDay(a), a::toString);
            } else {
                assertEquals(a, assertThrows(DateOutOfCoverageException.class, () -> CN.isWorkingDay(a)).date());
            }
            if (ORACLE.covers(a) && ORACLE.covers(b)) {
                assertEquals(ORACLE.count(a, b), CN.countWorkingDays(a, b), () -> a + " " + b);
            } else {
                DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class,
                        () -> CN.countWorkingDays(a, b));
                assertEquals(ORACLE.covers(a) ? b : a, e.date());
            }
        });
    }

    /** Calendars for far years (slower arithmetic beyond ±1,000,000) count like a day-by-day loop and refuse other years. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("farYears")
    void calendarsOfFarYearsCountExactly(int firstYear) {
        ImmutableWorkingDayCalendar cal = ImmutableWorkingDayCalendar.builder(CalendarId.of("ZZ"), firstYear, firstYear + 1)
                .build();
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        LocalDate end = LocalDate.of(firstYear + 1, 12, 31);
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(13)) {
            assertEquals(weekdaysIn(start.plusDays(1), d), cal.countWorkingDays(start, d), d::toString);
            assertEquals(weekdaysIn(d.plusDays(1), end), cal.countWorkingDays(d, end), d::toString);
            assertEquals(-weekdaysIn(start, d.minusDays(1)), cal.countWorkingDays(d, start), d::toString);
            assertEquals(weekdaysIn(d, d) == 1, cal.isWorkingDay(d), d::toString);
        }
        List<LocalDate> fars = new ArrayList<>(List.of(INSIDE, LocalDate.of(firstYear - 1, 12, 31),
                LocalDate.of(firstYear + 2, 1, 1), LocalDate.of(2025 + (1 << 23), 9, 19), LocalDate.MAX, LocalDate.MIN));
        // the years whose slots equal this calendar's modulo 2^32 (both tables' strides divide 2^23 · 512)
        for (long k = -240; k <= 240; k++) {
            long year = firstYear + k * (1 << 23);
            if (k != 0 && year >= LocalDate.MIN.getYear() && year <= LocalDate.MAX.getYear()) {
                fars.add(LocalDate.of((int) year, 3, 16));
            }
        }
        for (LocalDate far : fars) {
            if (far.getYear() >= firstYear && far.getYear() <= firstYear + 1) {
                continue;
            }
            assertEquals(far, assertThrows(DateOutOfCoverageException.class, () -> cal.countWorkingDays(far, start)).date());
            assertEquals(far, assertThrows(DateOutOfCoverageException.class, () -> cal.countWorkingDays(start, far)).date());
            assertEquals(far, assertThrows(DateOutOfCoverageException.class, () -> cal.countWorkingDays(far, far)).date());
            assertEquals(far, assertThrows(DateOutOfCoverageException.class, () -> cal.isWorkingDay(far)).date());
        }
    }

    /** Monday to Friday in [from, to], day by day. */
    private static int weekdaysIn(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6) {
                n++;
            }
        }
        return n;
    }

    static Stream<Integer> farYears() {
        // around year 0 too: the fast count takes only slots from year 0 on, so -1 and 0 mix both paths
        return Stream.of(-3, -1, 0, 1_000_000 - 1, 1_000_000, 1_000_001, -1_000_001, -1_000_000, (1 << 22) - 1, 1 << 22,
                2025 + (1 << 23), LocalDate.MAX.getYear() - 3, LocalDate.MIN.getYear() + 1);
    }
}
