package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import io.github.govrules.calendar.testing.Generator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public generators stay within their documented ranges and are reproducible from a seed. */
class DeadlineGeneratorsTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);

    @Test
    void sameSeedSameValues() {
        Generator<CaseClock> clocks = DeadlineGenerators.clocks(CN, FROM, TO);
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(clocks.next(new SplittableRandom(seed)).toString(),
                    clocks.next(new SplittableRandom(seed)).toString());
        }
    }

    @Test
    void valuesStayInTheirRanges() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 500; i++) {
            LocalDate d = DeadlineGenerators.dates(FROM, TO).next(random);
            assertFalse(d.isBefore(FROM) || d.isAfter(TO), d.toString());
            assertTrue(CN.isWorkingDay(DeadlineGenerators.workingDays(CN, FROM, TO).next(random)));
            TimeLimit w = DeadlineGenerators.workingDayLimits(3, 7).next(random);
            assertTrue(w.unit() == TimeLimitUnit.WORKING_DAYS && w.amount() >= 3 && w.amount() <= 7, w.toString());
            TimeLimits pair = DeadlineGenerators.workingDayLimitPairs(45).next(random);
            assertTrue(pair.promised().compareTo(pair.statutory()) <= 0, pair.toString());
            Suspension s = DeadlineGenerators.suspensions(FROM, TO, 10).next(random);
            assertFalse(s.isOpen());
            assertTrue(s.end().toEpochDay() - s.start().toEpochDay() < 10, s.toString());
            List<Suspension> list = DeadlineGenerators.suspensionLists(FROM, TO, 3, 5).next(random);
            assertTrue(list.size() <= 3);
            Extension e = DeadlineGenerators.extensions(FROM, TO, 10).next(random);
            assertTrue(e.workingDays() >= 1 && e.workingDays() <= 10);
        }
    }

    @Test
    void clocksAreValidAndVaried() {
        Generator<CaseClock> clocks = DeadlineGenerators.clocks(CN, FROM, TO);
        SplittableRandom random = new SplittableRandom(7);
        int suspended = 0;
        int extended = 0;
        int completed = 0;
        int withSteps = 0;
        for (int i = 0; i < 300; i++) {
            CaseClock clock = clocks.next(random);
            assertTrue(CN.isWorkingDay(clock.acceptedOn()));
            assertFalse(clock.isSuspended());
            assertFalse(clock.promisedDue().orElseThrow().isAfter(clock.statutoryDue().orElseThrow()));
            suspended += clock.suspensions().isEmpty() ? 0 : 1;
            extended += clock.statutoryExtension().isPresent() ? 1 : 0;
            completed += clock.completedOn().isPresent() ? 1 : 0;
            withSteps += clock.steps().isEmpty() ? 0 : 1;
        }
        assertTrue(suspended > 100 && extended > 100 && completed > 50 && withSteps > 100,
                "suspended " + suspended + ", extended " + extended + ", completed " + completed + ", steps " + withSteps);
    }

    @Test
    void largeBoundsDoNotOverflow() {
        // review: the full documented range failed with the JDK's "bound must be greater than origin"
        SplittableRandom random = new SplittableRandom(9);
        int max = Integer.MAX_VALUE;
        boolean large = false;
        for (int i = 0; i < 200; i++) {
            TimeLimit w = DeadlineGenerators.workingDayLimits(0, max).next(random);
            large |= w.amount() > 1_000_000;
            assertEquals(TimeLimit.workingDays(max), DeadlineGenerators.workingDayLimits(max, max).next(random));
            assertEquals(TimeLimitUnit.NATURAL_DAYS, DeadlineGenerators.naturalDayLimits(max - 1, max).next(random).unit());
            assertTrue(DeadlineGenerators.timeLimits(max).next(random).amount() >= 0);
            TimeLimits pair = DeadlineGenerators.workingDayLimitPairs(max).next(random);
            assertTrue(pair.promised().compareTo(pair.statutory()) <= 0, pair.toString());
            assertTrue(DeadlineGenerators.extensions(FROM, TO, max).next(random).workingDays() >= 1);
            assertFalse(DeadlineGenerators.suspensions(FROM, TO, max).next(random).isOpen());
        }
        assertTrue(large, "amounts drawn over the whole range");
        assertTrue(DeadlineGenerators.suspensionLists(FROM, TO, DeadlineGenerators.MAX_LIST_SIZE, 5).next(random).size()
                <= DeadlineGenerators.MAX_LIST_SIZE);
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> DeadlineGenerators.suspensionLists(FROM, TO, max, 5));
        assertTrue(tooMany.getMessage().contains("at most 10000"), tooMany.getMessage());
    }

    @Test
    void workingDaysStayInTheirRange() {
        // review: (9/30, 10/1) gave 10/9, the next working day after the National Day break
        SplittableRandom random = new SplittableRandom(10);
        Generator<LocalDate> beforeBreak = DeadlineGenerators.workingDays(CN, LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 10, 1));
        for (int i = 0; i < 100; i++) {
            assertEquals(LocalDate.of(2025, 9, 30), beforeBreak.next(random));
        }
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> DeadlineGenerators.workingDays(CN, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)));
        assertTrue(none.getMessage().contains("No working day"), none.getMessage());
        // uniform over the working days of a week: Monday is not favoured by the weekend before it
        int[] perDay = new int[7];
        Generator<LocalDate> week = DeadlineGenerators.workingDays(CN, LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 16));
        for (int i = 0; i < 5_000; i++) {
            LocalDate d = week.next(random);
            assertTrue(CN.isWorkingDay(d) && !d.isBefore(LocalDate.of(2025, 3, 10)) && !d.isAfter(LocalDate.of(2025, 3, 14)));
            perDay[d.getDayOfWeek().ordinal()]++;
        }
        assertTrue(perDay[0] < 1_300, "Mondays: " + perDay[0]);
    }

    @Test
    void clocksRefuseARangeTooCloseToTheEndOfTheData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeadlineGenerators.clocks(CN, FROM, LocalDate.of(2026, 10, 1)));
        assertTrue(e.getMessage().contains("2020-01-01 to 2026-12-31"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeadlineGenerators.workingDayLimits(5, 4));
        assertThrows(IllegalArgumentException.class, () -> DeadlineGenerators.dates(TO, FROM));
    }
}
