package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import io.github.govrules.calendar.deadline.testing.DeadlineLaws;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static io.github.govrules.calendar.deadline.DeadlinePropertiesTest.from;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Limits in natural months and years (Civil Code Art. 201–203) on the national calendar CN,
 * checked against the day-by-day oracle of {@link DeadlineLaws#dayByDayDue}, which finds the
 * corresponding day by month numbers instead of {@code LocalDate.plusMonths}.
 */
class MonthLimitPropertiesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 30);
    private static final int EXAMPLES = 400;

    private static Gen<LocalDate> starts() {
        // every day of the month appears, the 29th to the 31st above all (Art. 202's last-day rule)
        return integers().between((int) FIRST.toEpochDay(), (int) LAST.toEpochDay()).map(d -> LocalDate.ofEpochDay(d));
    }

    @Test
    void fastDueDateEqualsTheDayByDayCount() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), from(DeadlineGenerators.monthLimits(0, 18)), integers().between(0, 3), longs().all())
                .checkAssert((start, limit, count, seed) -> {
                    List<Suspension> suspensions = DeadlineGenerators
                            .suspensionLists(start.minusDays(10), start.plusDays(400), count, 40)
                            .next(new SplittableRandom(seed));
                    if (suspensions.stream().anyMatch(s -> s.end().isBefore(start))) {
                        // one wholly before the start day pauses nothing: refused, as CaseClock refuses it
                        assertEquals(ClockRule.BEFORE_START, assertThrows(IllegalClockOperationException.class,
                                () -> Deadlines.dueDate(CN, start, limit, suspensions)).rule());
                        return;
                    }
                    DeadlineLaws.dueDateMatchesDayByDay(CN, start, limit, suspensions);
                });
    }

    @Test
    void withoutSuspensionsTheDueDateIsTheCorrespondingDayOrTheFirstWorkingDayAfterIt() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), integers().between(1, 24))
                .checkAssert((start, months) -> {
                    LocalDate due = Deadlines.dueDate(CN, start, TimeLimit.months(months));
                    LocalDate nominal = start.plusMonths(months);
                    // Art. 202: same day of the month, or the month's last day when it has no such day
                    assertTrue(nominal.getDayOfMonth() == start.getDayOfMonth()
                            || nominal.getDayOfMonth() == nominal.lengthOfMonth()
                            && nominal.getDayOfMonth() < start.getDayOfMonth(), nominal::toString);
                    assertEquals(months, (nominal.getYear() - start.getYear()) * 12
                            + nominal.getMonthValue() - start.getMonthValue());
                    // Art. 203: moved past rest days and holidays only
                    assertFalse(due.isBefore(nominal));
                    assertTrue(CN.isWorkingDay(due));
                    for (LocalDate d = nominal; d.isBefore(due); d = d.plusDays(1)) {
                        assertFalse(CN.isWorkingDay(d), () -> "moved past working day " + start);
                    }
                });
    }

    @Test
    void aYearIsTwelveMonthsAndMoreMonthsAreNeverDueEarlier() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), integers().between(0, 1), integers().between(0, 11))
                .checkAssert((start, years, extra) -> {
                    LocalDate byYears = Deadlines.dueDate(CN, start, TimeLimit.years(years));
                    assertEquals(Deadlines.dueDate(CN, start, TimeLimit.months(12 * years)), byYears);
                    assertFalse(Deadlines.dueDate(CN, start, TimeLimit.months(12 * years + extra)).isBefore(byYears));
                });
    }

    @Test
    void theClockCountsAMonthLimitInNaturalDaysFixedByItsStart() {
        qt().withExamples(100)
                .forAll(starts(), integers().between(1, 6), integers().between(0, 200))
                .checkAssert((start, months, after) -> {
                    CaseClock clock = CaseClock.start(CN, start, TimeLimit.months(months), TimeLimit.months(months));
                    LocalDate on = start.plusDays(after);
                    if (on.isAfter(LocalDate.of(2026, 12, 31))) {
                        return;
                    }
                    ClockStatus status = clock.status(on, WarningPolicy.DEFAULT);
                    LimitStatus statutory = status.statutory();
                    int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, start.plusMonths(months));
                    assertEquals(after, statutory.elapsedDays());
                    assertEquals(Math.max(0, days - after), statutory.remainingDays());
                    assertEquals(Deadlines.dueDate(CN, start, TimeLimit.months(months)), statutory.due());
                });
    }

    @Test
    void civilCodeExamples() {
        // Art. 202: from 31 January one month ends on the last day of February
        assertEquals(LocalDate.of(2024, 2, 29), Deadlines.dueDate(CN, LocalDate.of(2024, 1, 31), TimeLimit.months(1)));
        assertEquals(LocalDate.of(2025, 2, 28), Deadlines.dueDate(CN, LocalDate.of(2025, 1, 31), TimeLimit.months(1)));
        // a year from 29 February 2024 ends on 28 February 2025 (a Friday)
        assertEquals(LocalDate.of(2025, 2, 28), Deadlines.dueDate(CN, LocalDate.of(2024, 2, 29), TimeLimit.years(1)));
        // Art. 203: three months from 1 July 2025 end on 1 October, National Day: moved to Thursday 9 October
        assertEquals(LocalDate.of(2025, 10, 9), Deadlines.dueDate(CN, LocalDate.of(2025, 7, 1), TimeLimit.parse("三个月")));
        // six months from 2025-03-15 end on Monday 2025-09-15
        assertEquals(LocalDate.of(2025, 9, 15), Deadlines.dueDate(CN, LocalDate.of(2025, 3, 15), TimeLimit.months(6)));
        DeadlineExplanation e = Deadlines.explain(CN, LocalDate.of(2025, 7, 1), TimeLimit.months(3));
        assertEquals(92, e.days().stream().filter(ExplainedDay::counted).count());
        assertEquals(TimeLimit.months(3), e.limit());
    }
}
