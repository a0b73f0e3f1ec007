package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import io.github.govrules.calendar.deadline.testing.DeadlineLaws;
import io.github.govrules.calendar.testing.Generator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
 * QuickTheories properties of the deadline laws on the real national calendar CN (2020–2026),
 * driven through the public, framework-neutral {@link DeadlineLaws} and {@link DeadlineGenerators}
 * exactly as a test team would use them.
 */
class DeadlinePropertiesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    private static final int EXAMPLES = 400;

    /** A QuickTheories source of a framework-neutral generator: each long is a seed. */
    static <T> Gen<T> from(Generator<T> generator) {
        return longs().all().map(seed -> generator.next(new SplittableRandom(seed)));
    }

    private static Gen<LocalDate> starts() {
        return integers().between((int) FIRST.toEpochDay(), (int) LAST.toEpochDay()).map(d -> LocalDate.ofEpochDay(d));
    }

    private static Gen<List<Suspension>> suspensionListsNear(int maxCount) {
        return from(random -> {
            LocalDate start = DeadlineGenerators.dates(FIRST, LAST).next(random);
            return DeadlineGenerators.suspensionLists(start, start.plusDays(90), maxCount, 30).next(random);
        });
    }

    /** The suspensions that pause a day from {@code start} on: one wholly before it is refused by {@code dueDate}. */
    private static List<Suspension> notWhollyBefore(LocalDate start, List<Suspension> suspensions) {
        return suspensions.stream().filter(s -> !s.end().isBefore(start)).toList();
    }

    @Test
    void fastDueDateEqualsTheDayByDayCount() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), from(DeadlineGenerators.timeLimits(60)), integers().between(0, 3), longs().all())
                .checkAssert((start, limit, count, seed) -> {
                    List<Suspension> suspensions = DeadlineGenerators
                            .suspensionLists(start.minusDays(10), start.plusDays(80), count, 30)
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
    void aSuspensionNeverMakesADueDateEarlier() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), from(DeadlineGenerators.timeLimits(60)), longs().all())
                .checkAssert((start, limit, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<Suspension> others = DeadlineGenerators.suspensionLists(start, start.plusDays(60), 2, 20)
                            .next(random);
                    Suspension drawn = DeadlineGenerators.suspensions(start.minusDays(5), start.plusDays(90), 30)
                            .next(random);
                    // one wholly before the start day is refused (dueDateRefusesASuspensionWhollyBeforeTheStartDay)
                    Suspension extra = drawn.end().isBefore(start) ? drawn.withEnd(start) : drawn;
                    DeadlineLaws.suspensionNeverMakesDueEarlier(CN, start, limit, others, extra);
                });
    }

    @Test
    void aSuspensionOfKWorkingDaysInsideTheClockMovesTheDueDateByK() {
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(starts(), integers().between(1, 45), integers().between(-5, 60), integers().between(0, 30))
                .checkAssert((start, days, offset, length) -> {
                    Suspension s = Suspension.of(SuspensionKind.APPRAISAL, start.plusDays(offset),
                            start.plusDays(offset + length));
                    if (DeadlineLaws.suspensionInsideClockShiftsDueByItsWorkingDays(CN, start,
                            TimeLimit.workingDays(days), s)) {
                        checked.incrementAndGet();
                    }
                });
        assertTrue(checked.get() > EXAMPLES / 3, "too few applicable cases: " + checked.get());
    }

    @Test
    void overlappingSuspensionsAreNotCountedTwice() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), from(DeadlineGenerators.workingDayLimits(1, 45)), integers().between(0, 40),
                        integers().between(0, 40))
                .checkAssert((start, limit, a, b) -> {
                    Suspension first = Suspension.of(SuspensionKind.TESTING, start.plusDays(a % 20),
                            start.plusDays(a % 20 + a / 2));
                    Suspension second = Suspension.of(SuspensionKind.EXPERT_REVIEW, start.plusDays(b % 20),
                            start.plusDays(b % 20 + b / 2));
                    DeadlineLaws.overlappingSuspensionsCountedOnce(CN, start, limit, first, second);
                });
    }

    @Test
    void anExtensionOfMEqualsShiftingTheDueDateByM() {
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(from(DeadlineGenerators.clocks(CN, FIRST, LAST)), integers().between(1, 10),
                        integers().between(0, 15))
                .checkAssert((clock, m, grantedAfter) -> {
                    Extension extension = new Extension(m, clock.acceptedOn().plusDays(grantedAfter), "agency head",
                            "property test");
                    if (DeadlineLaws.extensionEqualsShift(clock, extension)) {
                        checked.incrementAndGet();
                    }
                });
        assertTrue(checked.get() > EXAMPLES / 10, "too few applicable cases: " + checked.get());
    }

    @Test
    void promisedDueIsNeverAfterStatutoryDue() {
        qt().withExamples(EXAMPLES)
                .forAll(from(DeadlineGenerators.clocks(CN, FIRST, LAST)), integers().between(0, 120))
                .checkAssert((clock, days) -> assertTrue(
                        DeadlineLaws.promisedDueNotAfterStatutoryDue(clock, clock.acceptedOn().plusDays(days))));
    }

    @Test
    void naturalDayDueDatesNeverLandOnANonWorkingDay() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), integers().between(1, 400))
                .checkAssert((start, days) -> assertTrue(DeadlineLaws.naturalDueIsWorkingDay(CN, start, days)));
    }

    @Test
    void warningsAreMonotoneInTime() {
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(from(DeadlineGenerators.clocks(CN, FIRST, LAST)), from(DeadlineGenerators.warningPolicies()),
                        integers().between(0, 150), integers().between(0, 150))
                .checkAssert((clock, policy, a, b) -> {
                    if (DeadlineLaws.warningsMonotoneInTime(clock, policy, clock.acceptedOn().plusDays(Math.min(a, b)),
                            clock.acceptedOn().plusDays(Math.max(a, b)))) {
                        checked.incrementAndGet();
                    }
                });
        // vacuous only when an extension was granted between the two dates
        assertTrue(checked.get() > EXAMPLES * 2 / 3, "too few applicable cases: " + checked.get());
    }

    @Test
    void warningsAreMonotoneInTimeThroughCorrections() {
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(from(DeadlineGenerators.clocksWithCorrections(CN, FIRST, LAST)),
                        from(DeadlineGenerators.warningPolicies()), integers().between(0, 150),
                        integers().between(0, 150))
                .checkAssert((clock, policy, a, b) -> {
                    if (DeadlineLaws.warningsMonotoneInTime(clock, policy, clock.acceptedOn().plusDays(Math.min(a, b)),
                            clock.acceptedOn().plusDays(Math.max(a, b)))) {
                        checked.incrementAndGet();
                    }
                });
        // vacuous only when an extension was granted or supplements arrived between the two dates
        assertTrue(checked.get() > EXAMPLES / 2, "too few applicable cases: " + checked.get());
    }

    @Test
    void countingFromStartToDueGivesTheLimit() {
        qt().withExamples(EXAMPLES)
                .forAll(starts(), from(DeadlineGenerators.workingDayLimits(1, 60)), suspensionListsNear(2))
                .checkAssert((start, limit, suspensions) -> assertTrue(
                        DeadlineLaws.countingInvertsDueDate(CN, start, limit, notWhollyBefore(start, suspensions))));
    }

    @Test
    void clockStatusAgreesWithTheClockDueDates() {
        qt().withExamples(EXAMPLES)
                .forAll(from(DeadlineGenerators.clocks(CN, FIRST, LAST)), integers().between(0, 150))
                .checkAssert((clock, days) -> {
                    LocalDate on = clock.acceptedOn().plusDays(days);
                    ClockStatus status = clock.status(on, WarningPolicy.DEFAULT);
                    CaseClock then = clock.asOf(on);
                    assertEquals(then.statutoryDueAsOf(on), status.statutory().due(), () -> clock + " as of " + on + ": " + then);
                    assertEquals(then.promisedDueAsOf(on), status.promised().due());
                    LimitStatus statutory = status.statutory();
                    assertTrue(statutory.elapsedDays() + statutory.remainingDays() >= statutory.limit().amount());
                });
    }
}
