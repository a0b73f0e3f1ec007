package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.internal.DayOracle;
import io.github.govrules.calendar.deadline.internal.DeadlineMath;
import io.github.govrules.calendar.deadline.internal.Pauses;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import io.github.govrules.calendar.deadline.testing.DeadlineLaws;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The clock's due date with closed suspensions takes a short cut (the pauses precomputed as
 * working-day counts, then one shift): it must give exactly what the general interval
 * arithmetic and the day-by-day oracle give, and, beyond the data, the very same error.
 */
class ClockDueDatePropertiesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    /** Late enough that many due dates run past the data (2026-12-31). */
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @Test
    void clockDueDateEqualsTheGeneralArithmeticAndTheDayByDayCount() {
        AtomicInteger beyond = new AtomicInteger();
        AtomicInteger withPauses = new AtomicInteger();
        qt().withExamples(3000)
                .forAll(integers().between((int) FIRST.toEpochDay(), (int) LAST.toEpochDay()),
                        integers().between(0, 60), integers().between(0, 1), longs().all())
                .checkAssert((day, amount, extended, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    // one case in four starts in the last 150 days of the data, to reach past its end
                    LocalDate start = random.nextInt(4) == 0 ? LAST.minusDays(random.nextInt(150))
                            : LocalDate.ofEpochDay(day);
                    // suspensions from the acceptance day on: some start on it, some overlap or touch
                    List<Suspension> suspensions = DeadlineGenerators
                            .suspensionLists(start, start.plusDays(random.nextInt(1, 120)), 4, 30).next(random);
                    CaseClock clock = CaseClock.start(CN, start, TimeLimit.workingDays(amount),
                            TimeLimit.workingDays(amount));
                    for (Suspension s : suspensions) {
                        clock = clock.withSuspension(s);
                    }
                    TimeLimit effective = TimeLimit.workingDays(amount);
                    CaseClock c = clock;
                    if (extended == 1 && amount > 0 && CN.covers(start.plusDays(1))) {
                        try {
                            c = clock.extend(Extension.ordinary(start.plusDays(1), "head", "test"));
                        } catch (DateOutOfCoverageException e) {
                            c = null; // the due date before the extension already lies beyond the data
                        }
                        effective = TimeLimit.workingDays(amount + HandlingMode.ORDINARY.maxExtensionDays());
                    }
                    if (c == null) {
                        return;
                    }
                    if (!suspensions.isEmpty()) {
                        withPauses.incrementAndGet();
                    }
                    Pauses pauses = Pauses.of(suspensions, start);
                    LocalDate general;
                    try {
                        general = DeadlineMath.due(DayOracle.strict(CN), start, effective.unit(),
                                effective.amount(), pauses);
                    } catch (DateOutOfCoverageException expected) {
                        beyond.incrementAndGet();
                        CaseClock finalClock = c;
                        DateOutOfCoverageException actual = assertThrows(DateOutOfCoverageException.class,
                                finalClock::statutoryDue);
                        assertEquals(expected.getMessage(), actual.getMessage());
                        return;
                    }
                    assertEquals(general, c.statutoryDue().orElseThrow(), () -> "clock " + start + " " + suspensions);
                    assertEquals(general, c.statutoryDueAsOf(start.plusDays(400)));
                    assertEquals(general, DeadlineLaws.dayByDayDue(CN, start, effective, suspensions));
                    assertEquals(DeadlineMath.due(DayOracle.strict(CN), start, TimeLimitUnit.WORKING_DAYS, amount,
                            pauses), c.promisedDue().orElseThrow());
                });
        assertTrue(beyond.get() > 50, "some due dates should run past the data, were " + beyond.get());
        assertTrue(withPauses.get() > 1000, "most clocks should have suspensions, were " + withPauses.get());
    }

    @Test
    void aProvisionalClockStillAnswersPastTheData() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        CaseClock clock = CaseClock.start(CN, start, TimeLimit.workingDays(20), TimeLimit.workingDays(20))
                .withSuspension(Suspension.of(SuspensionKind.TESTING, LocalDate.of(2026, 12, 7),
                        LocalDate.of(2026, 12, 9)));
        assertThrows(DateOutOfCoverageException.class, clock::statutoryDue);
        List<Suspension> suspensions = clock.suspensions();
        assertEquals(DeadlineMath.due(DayOracle.provisional(CN), start, TimeLimitUnit.WORKING_DAYS, 20,
                        Pauses.of(suspensions, start)),
                clock.withProvisionalDates().statutoryDueAnswer().orElseThrow().value());
        assertThrows(DateOutOfCoverageException.class, clock.withProvisionalDates()::statutoryDue);
    }
}
