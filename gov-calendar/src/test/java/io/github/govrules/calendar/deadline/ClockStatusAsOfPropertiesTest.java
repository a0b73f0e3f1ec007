package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.testing.DeadlineGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories properties of {@link CaseClock#status(LocalDate, WarningPolicy)} as of its date:
 * events dated after the status date never change the answer, and while the case runs the
 * counted days only grow, one working day at a time.
 *
 * <p>The clocks are built from random <em>chronological</em> histories (every event type the
 * clock takes, dated in non-decreasing order, refused events left out), so the clock as known on
 * a date is simply the clock after the events dated on or before it: an independent way to get
 * the answer {@link CaseClock#asOf(LocalDate)} derives from the full clock.
 */
class ClockStatusAsOfPropertiesTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    private static final int EXAMPLES = 300;
    private static final SuspensionKind[] KINDS = SuspensionKind.values();

    /** A clock's history: {@code clocks.get(i)} is the clock after the i-th accepted event, dated {@code dates.get(i)}. */
    record History(List<LocalDate> dates, List<CaseClock> clocks) {

        CaseClock full() {
            return clocks.get(clocks.size() - 1);
        }

        /** The clock after every event dated on or before {@code on} (the events are chronological). */
        CaseClock knownOn(LocalDate on) {
            CaseClock known = clocks.get(0);
            for (int i = 0; i < dates.size() && !dates.get(i).isAfter(on); i++) {
                known = clocks.get(i);
            }
            return known;
        }

        LocalDate accepted() {
            return dates.get(0);
        }

        /** Days from acceptance to the last event. */
        int span() {
            return (int) (dates.get(dates.size() - 1).toEpochDay() - accepted().toEpochDay());
        }
    }

    /** Random chronological histories: acceptance, then 0–14 events 0–6 days apart. */
    static History history(SplittableRandom random) {
        LocalDate accepted = DeadlineGenerators.dates(FIRST, LAST).next(random);
        int statutory = 1 + random.nextInt(30);
        CaseClock clock = CaseClock.start(CN, accepted, TimeLimit.workingDays(statutory),
                TimeLimit.workingDays(1 + random.nextInt(statutory)));
        if (random.nextInt(5) == 0) {
            clock = clock.withHandlingMode(HandlingMode.JOINT);
        }
        List<LocalDate> dates = new ArrayList<>(List.of(accepted));
        List<CaseClock> clocks = new ArrayList<>(List.of(clock));
        LocalDate day = accepted;
        int events = random.nextInt(15);
        for (int e = 0; e < events; e++) {
            day = day.plusDays(random.nextInt(7));
            CaseClock next;
            try {
                next = event(clock, day, random);
            } catch (IllegalClockOperationException | PromisedLimitExceedsStatutoryException refused) {
                continue;
            }
            clock = next;
            dates.add(day);
            clocks.add(clock);
            if (clock.completedOn().isPresent()) {
                break;
            }
        }
        return new History(dates, clocks);
    }

    private static CaseClock event(CaseClock clock, LocalDate day, SplittableRandom random) {
        return switch (random.nextInt(11)) {
            case 0, 1 -> clock.suspend(KINDS[random.nextInt(KINDS.length)], day);
            case 2, 3 -> clock.suspensions().stream().filter(Suspension::isOpen).findAny()
                    .map(s -> clock.resume(s.kind(), day)).orElseGet(() -> clock.resume(day));
            case 4 -> clock.extend(new Extension(1 + random.nextInt(clock.handlingMode().maxExtensionDays()), day,
                    "agency head", "site inspection"));
            case 5 -> clock.extendPromised(new Extension(1 + random.nextInt(5), day, "agency head", "busy week"));
            case 6 -> clock.correctionRequested(day);
            case 7 -> clock.supplementsReceived(day);
            case 8 -> clock.startStep("step " + random.nextInt(3), day, TimeLimit.workingDays(1 + random.nextInt(8)));
            case 9 -> clock.completeStep("step " + random.nextInt(3), day);
            default -> random.nextInt(3) == 0 ? clock.complete(day) : clock.suspend(KINDS[0], day);
        };
    }

    static Gen<History> histories() {
        return longs().all().map(seed -> history(new SplittableRandom(seed)));
    }

    @Test
    void eventsDatedAfterTheStatusDateDoNotChangeIt() {
        AtomicInteger withLaterEvents = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(histories(), integers().between(-10, 120), DeadlineProps.policies())
                .checkAssert((history, percent, policy) -> {
                    // a day from just before acceptance to past the last event, mostly between events
                    LocalDate on = history.accepted().plusDays(Math.floorDiv(history.span() * percent, 100));
                    CaseClock full = history.full();
                    CaseClock known = history.knownOn(on);
                    if (known != full) {
                        withLaterEvents.incrementAndGet();
                    }
                    assertEquals(known.status(on, policy), full.status(on, policy),
                            () -> "status on " + on + " of " + full + " vs " + known);
                    // the view asOf(on) is that clock, seen through every query
                    CaseClock view = full.asOf(on);
                    assertEquals(known.suspensions(), view.suspensions());
                    assertEquals(known.steps(), view.steps());
                    assertEquals(known.statutoryExtension(), view.statutoryExtension());
                    assertEquals(known.promisedExtension(), view.promisedExtension());
                    assertEquals(known.promisedStart(), view.promisedStart());
                    assertEquals(known.isAwaitingSupplements(), view.isAwaitingSupplements());
                    assertEquals(known.completedOn(), view.completedOn());
                    assertEquals(known.handlingMode(), view.handlingMode());
                    assertEquals(known.statutoryDue(), view.statutoryDue());
                    assertEquals(known.promisedDue(), view.promisedDue());
                    assertEquals(known.statutoryDueAsOf(on), view.statutoryDueAsOf(on));
                });
        assertTrue(withLaterEvents.get() > EXAMPLES / 2, "too few statuses with later events: " + withLaterEvents);
    }

    @Test
    void aClockWithNothingAfterTheDateIsItsOwnView() {
        qt().withExamples(EXAMPLES)
                .forAll(histories(), integers().between(0, 30))
                .checkAssert((history, days) -> {
                    CaseClock full = history.full();
                    LocalDate last = history.dates().get(history.dates().size() - 1);
                    assertSame(full, full.asOf(last.plusDays(days)));
                });
    }

    @Test
    void viewsCompose() {
        qt().withExamples(EXAMPLES)
                .forAll(histories(), integers().between(0, 90), integers().between(0, 90))
                .checkAssert((history, a, b) -> {
                    LocalDate earlier = history.accepted().plusDays(Math.min(a, b));
                    LocalDate later = history.accepted().plusDays(Math.max(a, b));
                    CaseClock twice = history.full().asOf(later).asOf(earlier);
                    CaseClock once = history.full().asOf(earlier);
                    assertEquals(once.status(earlier, WarningPolicy.DEFAULT), twice.status(earlier, WarningPolicy.DEFAULT));
                    assertEquals(once.suspensions(), twice.suspensions());
                    assertEquals(once.steps(), twice.steps());
                });
    }

    @Test
    void consumedWorkingDaysGrowByOneOnEachCountedDayWhileTheCaseRuns() {
        AtomicInteger days = new AtomicInteger();
        qt().withExamples(EXAMPLES / 2)
                .forAll(histories())
                .checkAssert(history -> {
                    CaseClock full = history.full();
                    LocalDate end = full.completedOn().orElse(history.accepted().plusDays(90));
                    ClockStatus previous = full.status(history.accepted(), WarningPolicy.DEFAULT);
                    assertEquals(0, previous.statutory().elapsedDays());
                    for (LocalDate d = history.accepted().plusDays(1); d.isBefore(end); d = d.plusDays(1)) {
                        ClockStatus today = full.status(d, WarningPolicy.DEFAULT);
                        // counted: a working day on which no suspension known that day is open
                        int expected = CN.isWorkingDay(d) && !today.suspended() ? 1 : 0;
                        assertEquals(expected, today.statutory().elapsedDays() - previous.statutory().elapsedDays(),
                                "statutory days counted on " + d + " for " + full);
                        assertTrue(today.statutory().remainingDays() <= previous.statutory().remainingDays()
                                        || !today.statutory().limit().equals(previous.statutory().limit()),
                                "remaining days grew on " + d + " without an extension for " + full);
                        previous = today;
                        days.incrementAndGet();
                    }
                });
        assertTrue(days.get() > EXAMPLES, "too few running days checked: " + days);
    }

    @Test
    void afterCompletionTheStatusIsFrozen() {
        AtomicInteger completed = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .forAll(histories(), integers().between(0, 60))
                .checkAssert((history, days) -> {
                    CaseClock full = history.full();
                    if (full.completedOn().isEmpty()) {
                        return;
                    }
                    completed.incrementAndGet();
                    LocalDate done = full.completedOn().get();
                    ClockStatus atCompletion = full.status(done, WarningPolicy.DEFAULT);
                    ClockStatus later = full.status(done.plusDays(days), WarningPolicy.DEFAULT);
                    assertEquals(atCompletion.statutory(), later.statutory());
                    assertEquals(atCompletion.promised(), later.promised());
                    assertEquals(atCompletion.steps(), later.steps());
                    assertEquals(full.completedOn(), later.completedOn());
                    // the day before, the case was still running
                    if (done.isAfter(history.accepted())) {
                        assertTrue(full.status(done.minusDays(1), WarningPolicy.DEFAULT).completedOn().isEmpty());
                    }
                });
        assertTrue(completed.get() > EXAMPLES / 20, "too few completed clocks: " + completed);
    }

    /** Small adapters of the public generators. */
    static final class DeadlineProps {
        private DeadlineProps() {
        }

        static Gen<WarningPolicy> policies() {
            return longs().all().map(seed -> DeadlineGenerators.warningPolicies().next(new SplittableRandom(seed)));
        }
    }
}
