package io.github.govrules.calendar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CalendarGeneratorsTest {

    private final WorkingDayCalendar cn = Calendars.cn();

    @Test
    void datesStayWithinTheCoverageAndReachBothEnds() {
        DateGenerator dates = CalendarGenerators.dates(cn);
        assertEquals(2557, dates.size());
        Set<Integer> years = new HashSet<>();
        dates.stream(new SplittableRandom(1)).limit(5_000).forEach(d -> {
            assertTrue(cn.covers(d), d::toString);
            years.add(d.getYear());
        });
        assertEquals(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), years);
    }

    @Test
    void kindsAreRespected() {
        SplittableRandom random = new SplittableRandom(2);
        CalendarGenerators.workingDays(cn).stream(random).limit(1_000).forEach(d -> assertTrue(cn.isWorkingDay(d)));
        CalendarGenerators.nonWorkingDays(cn).stream(random).limit(1_000).forEach(d -> assertTrue(!cn.isWorkingDay(d)));
        CalendarGenerators.holidays(cn).stream(random).limit(200)
                .forEach(d -> assertEquals(DayKind.HOLIDAY, cn.describe(d).kind()));
        assertEquals(46, CalendarGenerators.makeupWorkingDays(cn).size());
        DateGenerator makeup2025 = CalendarGenerators.makeupWorkingDays(cn).inYears(2025, 2025);
        Set<LocalDate> seen = new HashSet<>(makeup2025.stream(random).limit(500).toList());
        assertEquals(Set.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)), seen);
        assertThrows(IllegalArgumentException.class, () -> CalendarGenerators.makeupWorkingDays(cn)
                .between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
    }

    @Test
    void spansAndShiftsFit() {
        SplittableRandom random = new SplittableRandom(3);
        List<DateSpan> spans = CalendarGenerators.spans(cn, 366).stream(random).limit(2_000).toList();
        spans.forEach(s -> assertTrue(cn.covers(s.start()) && cn.covers(s.end()) && s.days() <= 366, s::toString));
        assertTrue(spans.stream().anyMatch(s -> s.days() == 0));
        CalendarGenerators.shifts(cn, 60).stream(random).limit(2_000).forEach(c -> {
            LocalDate r = cn.shift(c.date(), c.workingDays());
            if (c.workingDays() != 0) {
                assertEquals(c.workingDays(), cn.countWorkingDays(c.date(), r));
            }
        });
    }

    @Test
    void largeBoundsDoNotOverflow() {
        // review: spans(cal, Integer.MAX_VALUE) and shifts(cal, 1 << 30) failed with "bound must be positive"
        SplittableRandom random = new SplittableRandom(4);
        List<DateSpan> spans = CalendarGenerators.spans(cn, Integer.MAX_VALUE).stream(random).limit(2_000).toList();
        spans.forEach(s -> assertTrue(cn.covers(s.start()) && cn.covers(s.end()), s::toString));
        assertTrue(spans.stream().anyMatch(s -> s.days() < 365) && spans.stream().anyMatch(s -> s.days() > 2_000),
                "lengths spread over the coverage");
        for (int max : new int[] {1 << 30, Integer.MAX_VALUE}) {
            List<ShiftCase> shifts = CalendarGenerators.shifts(cn, max).stream(random).limit(500).toList();
            shifts.forEach(c -> assertTrue(cn.covers(cn.shift(c.date(), c.workingDays())), c::toString));
            assertTrue(shifts.stream().anyMatch(c -> Math.abs(c.workingDays()) > 1_000), "large shifts drawn");
        }
    }

    @Test
    void betweenNarrowsTheRange() {
        // review: between() replaced the range instead of narrowing it, as the Javadoc says
        SplittableRandom random = new SplittableRandom(5);
        DateGenerator narrowed = CalendarGenerators.dates(cn).between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                .between(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(214, narrowed.size(), "2025-06-01 to 2025-12-31");
        narrowed.stream(random).limit(500).forEach(d -> assertTrue(
                !d.isBefore(LocalDate.of(2025, 6, 1)) && !d.isAfter(LocalDate.of(2025, 12, 31)), d::toString));
        IllegalArgumentException disjoint = assertThrows(IllegalArgumentException.class,
                () -> CalendarGenerators.dates(cn).inYears(2025, 2025).inYears(2020, 2020));
        assertTrue(disjoint.getMessage().contains("does not overlap"), disjoint.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CalendarGenerators.dates(cn)
                .between(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)));
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        DateGenerator dates = CalendarGenerators.dates(cn).workingDays();
        assertEquals(dates.stream(new SplittableRandom(7)).limit(50).toList(),
                dates.stream(new SplittableRandom(7)).limit(50).toList());
        Generator<Integer> years = dates.map(LocalDate::getYear).filter(y -> y == 2024);
        assertEquals(2024, years.next(new SplittableRandom(8)));
    }
}
