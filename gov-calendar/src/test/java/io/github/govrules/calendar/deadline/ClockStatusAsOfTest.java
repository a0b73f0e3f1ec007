package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Named examples of {@link CaseClock#status(LocalDate, WarningPolicy)} as of its date: a clock
 * holding events dated after the status date answers as it would have on that date. The clock
 * of every example is accepted on Friday 2025-09-19 with 20 statutory working days (due 10/23)
 * and 10 promised ones (due 10/10); the National Day break 10/1–10/8 is not counted, the
 * makeup Sunday 9/28 and Saturday 10/11 are. Dates counted by hand in the comments.
 */
class ClockStatusAsOfTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final LocalDate ACCEPTED = LocalDate.of(2025, 9, 19);

    private static CaseClock clock() {
        return CaseClock.start(CN, ACCEPTED, TimeLimit.workingDays(20), TimeLimit.workingDays(10));
    }

    private static ClockStatus status(CaseClock clock, LocalDate on) {
        return clock.status(on, WarningPolicy.DEFAULT);
    }

    @Test
    void aSuspensionThatEndsLaterIsOpenOnTheStatusDate() {
        // expert review Wed 9/24 .. Fri 9/26, asked on Thu 9/25
        CaseClock clock = clock().suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 9, 24))
                .resume(LocalDate.of(2025, 9, 26));
        ClockStatus onThursday = status(clock, LocalDate.of(2025, 9, 25));
        assertTrue(onThursday.suspended());
        assertEquals(2, onThursday.statutory().elapsedDays(), "9/22, 9/23");
        // the suspension is taken to end on 9/25: 2 working days not counted, 10/23 -> 10/24, 10/27
        assertEquals(LocalDate.of(2025, 10, 27), onThursday.statutory().due());
        // with the whole suspension known (9/24-9/26, 3 days) the due date is 10/28
        assertEquals(Optional.of(LocalDate.of(2025, 10, 28)), clock.statutoryDue());
        assertEquals(LocalDate.of(2025, 10, 28), status(clock, LocalDate.of(2025, 9, 26)).statutory().due());
        assertFalse(status(clock, LocalDate.of(2025, 9, 29)).suspended());
    }

    @Test
    void aSuspensionThatStartsLaterIsNotKnownYet() {
        CaseClock clock = clock().suspend(SuspensionKind.HEARING, LocalDate.of(2025, 10, 13));
        ClockStatus before = status(clock, LocalDate.of(2025, 10, 10));
        assertFalse(before.suspended());
        assertEquals(LocalDate.of(2025, 10, 23), before.statutory().due());
        assertEquals(10, before.statutory().elapsedDays(), "9/22-26 (5), 9/28, 9/29, 9/30 (8), 10/9, 10/10 (10)");
        assertTrue(status(clock, LocalDate.of(2025, 10, 13)).suspended());
    }

    @Test
    void anExtensionCountsFromTheDayItIsGranted() {
        CaseClock clock = clock().extend(Extension.ordinary(LocalDate.of(2025, 10, 9), "agency head", "site visit"));
        ClockStatus dayBefore = status(clock, LocalDate.of(2025, 10, 8));
        assertEquals(TimeLimit.workingDays(20), dayBefore.statutory().limit());
        assertEquals(LocalDate.of(2025, 10, 23), dayBefore.statutory().due());
        ClockStatus granted = status(clock, LocalDate.of(2025, 10, 9));
        assertEquals(TimeLimit.workingDays(30), granted.statutory().limit());
        // 10/23 + 10: 10/24, 10/27-31, 11/3-11/6
        assertEquals(LocalDate.of(2025, 11, 6), granted.statutory().due());
    }

    @Test
    void supplementsReceivedLaterLeaveTheClockWaiting() {
        CaseClock clock = clock().correctionRequested(LocalDate.of(2025, 9, 23))
                .supplementsReceived(LocalDate.of(2025, 10, 9));
        ClockStatus waiting = status(clock, LocalDate.of(2025, 9, 30));
        assertTrue(waiting.awaitingSupplements());
        assertEquals(ACCEPTED, waiting.promised().start());
        assertEquals(2, waiting.promised().elapsedDays(), "frozen at the request: 9/22, 9/23");
        assertEquals(ACCEPTED, clock.asOf(LocalDate.of(2025, 9, 30)).promisedStart());
        assertTrue(clock.asOf(LocalDate.of(2025, 9, 30)).isAwaitingSupplements());

        ClockStatus restarted = status(clock, LocalDate.of(2025, 10, 10));
        assertFalse(restarted.awaitingSupplements());
        assertEquals(LocalDate.of(2025, 10, 9), restarted.promised().start());
        assertEquals(1, restarted.promised().elapsedDays(), "10/10");

        ClockStatus beforeTheRequest = status(clock, LocalDate.of(2025, 9, 22));
        assertFalse(beforeTheRequest.awaitingSupplements());
        assertEquals(LocalDate.of(2025, 10, 10), beforeTheRequest.promised().due());
    }

    @Test
    void aLaterCompletionIsNotKnownAndNeitherAreItsClosings() {
        CaseClock clock = clock().startStep("review", ACCEPTED, TimeLimit.workingDays(5))
                .suspend(SuspensionKind.TESTING, LocalDate.of(2025, 10, 13))
                .complete(LocalDate.of(2025, 10, 15));
        ClockStatus running = status(clock, LocalDate.of(2025, 10, 14));
        assertEquals(Optional.empty(), running.completedOn());
        assertFalse(running.isCompletedOnTime());
        assertTrue(running.suspended(), "the test started 10/13 and the completion that ended it is later");
        assertTrue(running.steps().get(0).step().isRunning());
        assertEquals(List.of(Suspension.open(SuspensionKind.TESTING, LocalDate.of(2025, 10, 13))),
                clock.asOf(LocalDate.of(2025, 10, 14)).suspensions());

        ClockStatus done = status(clock, LocalDate.of(2025, 10, 15));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 15)), done.completedOn());
        assertFalse(done.suspended());
        assertEquals(LocalDate.of(2025, 10, 15), done.steps().get(0).step().completedOn());
    }

    @Test
    void stepsAppearWhenTheyStartAndRunUntilTheyAreCompleted() {
        CaseClock clock = clock().startStep("review", LocalDate.of(2025, 9, 29), TimeLimit.workingDays(3))
                .completeStep("review", LocalDate.of(2025, 10, 10));
        assertEquals(List.of(), status(clock, LocalDate.of(2025, 9, 26)).steps());
        StepStatus running = status(clock, LocalDate.of(2025, 10, 9)).steps().get(0);
        assertTrue(running.step().isRunning());
        // 9/30, 10/9: 2 of 3 counted
        assertEquals(2, running.status().elapsedDays());
        StepStatus completed = status(clock, LocalDate.of(2025, 10, 20)).steps().get(0);
        assertEquals(LocalDate.of(2025, 10, 10), completed.step().completedOn());
        assertEquals(3, completed.status().elapsedDays(), "9/30, 10/9, 10/10");
    }

    @Test
    void aClockWithNoLaterEventIsItsOwnViewAndAViewTakesEvents() {
        CaseClock clock = clock().suspend(SuspensionKind.AUCTION, LocalDate.of(2025, 9, 24))
                .resume(LocalDate.of(2025, 9, 26));
        assertSame(clock, clock.asOf(LocalDate.of(2025, 9, 26)));
        assertSame(clock, clock.asOf(LocalDate.of(2026, 1, 1)));
        CaseClock then = clock.asOf(LocalDate.of(2025, 9, 25));
        assertTrue(then.isSuspended());
        assertEquals(Optional.empty(), then.statutoryDue());
        // replaying the resume on the view gives the full clock's answers back
        CaseClock replayed = then.resume(LocalDate.of(2025, 9, 26));
        assertEquals(clock.statutoryDue(), replayed.statutoryDue());
        assertEquals(status(clock, LocalDate.of(2025, 10, 20)), status(replayed, LocalDate.of(2025, 10, 20)));
    }

    @Test
    void asOfALongHistoryEqualsTheClockRecordedWithTheEventsUpToThatDay() {
        // asOf replays the known events without re-checking them (a date-ordered prefix of a valid
        // set is valid) and builds per-day structures only for days that have such events
        record Dated(LocalDate date, java.util.function.UnaryOperator<CaseClock> apply) {
        }
        List<Dated> events = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String name = "step " + i;
            LocalDate from = ACCEPTED.plusDays(3L * i);
            events.add(new Dated(from, c -> c.startStep(name, from, TimeLimit.workingDays(3))));
            events.add(new Dated(from.plusDays(2), c -> c.completeStep(name, from.plusDays(2))));
        }
        events.add(new Dated(ACCEPTED.plusDays(4), c -> c.correctionRequested(ACCEPTED.plusDays(4))));
        events.add(new Dated(ACCEPTED.plusDays(7), c -> c.supplementsReceived(ACCEPTED.plusDays(7))));
        events.add(new Dated(ACCEPTED.plusDays(10), c -> c.suspend(SuspensionKind.HEARING, ACCEPTED.plusDays(10))));
        events.add(new Dated(ACCEPTED.plusDays(12), c -> c.resume(SuspensionKind.HEARING, ACCEPTED.plusDays(12))));
        events.add(new Dated(ACCEPTED.plusDays(13), c -> c.extend(Extension.ordinary(ACCEPTED.plusDays(13), "h", "r"))));
        events.sort(java.util.Comparator.comparing(Dated::date));
        CaseClock full = clock();
        for (Dated e : events) {
            full = e.apply().apply(full);
        }
        for (LocalDate on = ACCEPTED; on.isBefore(ACCEPTED.plusDays(40)); on = on.plusDays(1)) {
            CaseClock fresh = clock();
            for (Dated e : events) {
                if (!e.date().isAfter(on)) {
                    fresh = e.apply().apply(fresh);
                }
            }
            CaseClock view = full.asOf(on);
            assertEquals(fresh.toString(), view.toString(), on::toString);
            assertEquals(fresh.steps(), view.steps(), on::toString);
            assertEquals(fresh.suspensions(), view.suspensions(), on::toString);
            assertEquals(fresh.promisedStart(), view.promisedStart(), on::toString);
            assertEquals(fresh.isAwaitingSupplements(), view.isAwaitingSupplements(), on::toString);
            assertEquals(fresh.statutoryExtension(), view.statutoryExtension(), on::toString);
            assertEquals(status(fresh, on), status(full, on), on::toString);
        }
    }
}
