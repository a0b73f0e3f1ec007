package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@link CaseClock} depends on its events and their dates, not on the order they were
 * recorded in; rules are checked on the date-ordered replay. Adapted from the review of
 * 0.1.0-SNAPSHOT (its reproduction cases B1, B1b and B2); dates counted by hand on CN.
 */
class CaseClockEventOrderTest {

    private static final WorkingDayCalendar CN = Calendars.cn();

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    /** Accepted Friday 2025-09-19: statutory 20 working days (10/23), promised 10 (10/10). */
    private static CaseClock clock() {
        return CaseClock.start(CN, d(9, 19), TimeLimit.workingDays(20), TimeLimit.workingDays(10));
    }

    private static IllegalClockOperationException refused(Executable operation) {
        return assertThrows(IllegalClockOperationException.class, operation);
    }

    @Test
    void correctionRestartsThePromisedClockAndSupplementsCannotComeFirst() {
        CaseClock inOrder = clock().correctionRequested(d(9, 22)).supplementsReceived(d(9, 25));
        // from 9/25: 9/26 (1), 9/28 makeup (2), 9/29–30 (4), 10/9–10 (6), 10/11 makeup (7), 10/13–15 (10)
        assertEquals(Optional.of(d(10, 15)), inOrder.promisedDue());
        ClockStatus oct20 = inOrder.status(d(10, 20), WarningPolicy.DEFAULT);
        assertEquals(WarningLevel.RED, oct20.promised().warning());
        assertEquals(3, oct20.promised().overdueDays(), "10/16, 10/17, 10/20");
        // review case B1: recorded the other way round, the clock used to wait for supplements for ever;
        // a receipt needs a request before it, so the set {receipt 9/25} is refused on its own
        IllegalClockOperationException first = refused(() -> clock().supplementsReceived(d(9, 25)));
        assertEquals(ClockRule.CORRECTION_STATE, first.rule());
        assertEquals(d(9, 25), first.date());
    }

    @Test
    void supplementsWithoutAnOpenRequestAreRefused() {
        // review case B1b: no request since acceptance
        IllegalClockOperationException none = refused(() -> clock().supplementsReceived(d(9, 25)));
        assertEquals(ClockRule.CORRECTION_STATE, none.rule());
        assertTrue(none.getMessage().contains("no correction request open"), none.getMessage());
        // twice in a row: the second receipt has no open request
        CaseClock received = clock().correctionRequested(d(9, 22)).supplementsReceived(d(9, 25));
        IllegalClockOperationException twice = refused(() -> received.supplementsReceived(d(9, 26)));
        assertEquals(ClockRule.CORRECTION_STATE, twice.rule());
        assertEquals(d(9, 26), twice.date());
        assertEquals(Optional.of(d(10, 15)), received.promisedDue(), "the refused receipt did not restart it");
        // a receipt dated inside the closed correction: in date order the one of 9/25 is the second
        IllegalClockOperationException inside = refused(() -> received.supplementsReceived(d(9, 24)));
        assertEquals(ClockRule.CORRECTION_STATE, inside.rule());
        assertEquals(d(9, 25), inside.date());
        // a second request while one is open, whichever is recorded first
        assertEquals(ClockRule.CORRECTION_STATE,
                refused(() -> clock().correctionRequested(d(9, 24)).correctionRequested(d(9, 22))).rule());
    }

    @Test
    void correctionsInterleaveWithOtherEventsInAnyOrder() {
        Suspension hearing = Suspension.of(SuspensionKind.HEARING, d(9, 29), d(9, 30));
        CaseClock a = clock().correctionRequested(d(9, 22)).withSuspension(hearing).supplementsReceived(d(9, 25));
        CaseClock b = clock().withSuspension(hearing).correctionRequested(d(9, 22)).supplementsReceived(d(9, 25));
        CaseClock c = clock().correctionRequested(d(9, 22)).supplementsReceived(d(9, 25)).withSuspension(hearing);
        for (CaseClock other : List.of(b, c)) {
            assertEquals(a.promisedDue(), other.promisedDue());
            assertEquals(a.statutoryDue(), other.statutoryDue());
            assertEquals(a.status(d(10, 20), WarningPolicy.DEFAULT), other.status(d(10, 20), WarningPolicy.DEFAULT));
            assertEquals(a.toString(), other.toString());
        }
        // the hearing's two working days move the promised due date from 10/15 to 10/17
        assertEquals(Optional.of(d(10, 17)), a.promisedDue());
    }

    @Test
    void extensionIsJudgedWithTheSuspensionsDatedBeforeIt() {
        // review case B2: the hearing (10/1–10/31) is dated before the grant (11/5)
        Suspension hearing = Suspension.of(SuspensionKind.HEARING, d(10, 1), d(10, 31));
        Extension extension = Extension.ordinary(d(11, 5), "head", "reason");
        assertEquals(Optional.of(d(12, 2)), clock().withSuspension(hearing).extend(extension).statutoryDue());
        // recorded first, the grant of 11/5 is a set of its own, late without the hearing (due 10/23):
        // refused as it would be on its own, whatever comes after
        IllegalClockOperationException late = refused(() -> clock().extend(extension));
        assertEquals(ClockRule.EXTENSION_AFTER_DUE, late.rule());
        assertTrue(late.getMessage().contains("due 2025-10-23"), late.getMessage());
        // a grant in time on its own gives the same clock in both orders
        Extension inTime = Extension.ordinary(d(10, 20), "head", "reason");
        CaseClock suspensionFirst = clock().withSuspension(hearing).extend(inTime);
        CaseClock extensionFirst = clock().extend(inTime).withSuspension(hearing);
        assertEquals(Optional.of(d(12, 2)), suspensionFirst.statutoryDue());
        assertEquals(suspensionFirst.statutoryDue(), extensionFirst.statutoryDue());
        assertEquals(suspensionFirst.toString(), extensionFirst.toString());
        // the same hearing recorded in two halves after the grant
        assertEquals(Optional.of(d(12, 2)), clock().extend(inTime).suspend(SuspensionKind.HEARING, d(10, 1))
                .resume(SuspensionKind.HEARING, d(10, 31)).statutoryDue());
    }

    @Test
    void completionRecordedFirstTakesEarlierEventsAndRefusesLaterOnes() {
        Suspension hearing = Suspension.of(SuspensionKind.HEARING, d(10, 1), d(10, 31));
        CaseClock completedFirst = clock().complete(d(12, 1)).withSuspension(hearing);
        CaseClock completedLast = clock().withSuspension(hearing).complete(d(12, 1));
        assertEquals(completedLast.suspensions(), completedFirst.suspensions());
        assertEquals(completedLast.status(d(12, 5), WarningPolicy.DEFAULT),
                completedFirst.status(d(12, 5), WarningPolicy.DEFAULT));
        // a suspension resumed after a completion recorded first ends where it was resumed
        CaseClock resumedLater = clock().suspend(SuspensionKind.TESTING, d(9, 22)).complete(d(9, 30))
                .resume(SuspensionKind.TESTING, d(9, 24));
        assertEquals(List.of(Suspension.of(SuspensionKind.TESTING, d(9, 22), d(9, 24))), resumedLater.suspensions());
        // an event dated after the completion is refused in either order, naming that event's date
        Extension afterCompletion = Extension.ordinary(d(10, 22), "head", "reason");
        IllegalClockOperationException extensionLast = refused(() -> clock().complete(d(10, 20)).extend(afterCompletion));
        IllegalClockOperationException completionLast = refused(() -> clock().extend(afterCompletion).complete(d(10, 20)));
        for (IllegalClockOperationException e : List.of(extensionLast, completionLast)) {
            assertEquals(ClockRule.ALREADY_COMPLETED, e.rule());
            assertEquals(d(10, 22), e.date());
        }
        assertEquals(extensionLast.getMessage(), completionLast.getMessage());
        // events on the completion day are part of the case
        assertEquals(Optional.of(d(10, 20)), clock().complete(d(10, 20)).startStep("archive", d(10, 20),
                TimeLimit.workingDays(1)).steps().get(0).findCompletedOn());
    }

    @Test
    void secondExtensionIsTheLaterOneWhateverTheOrder() {
        Extension early = Extension.ordinary(d(9, 25), "head", "first");
        Extension later = Extension.ordinary(d(10, 9), "head", "second");
        IllegalClockOperationException a = refused(() -> clock().extend(early).extend(later));
        IllegalClockOperationException b = refused(() -> clock().extend(later).extend(early));
        for (IllegalClockOperationException e : List.of(a, b)) {
            assertEquals(ClockRule.SECOND_EXTENSION, e.rule());
            assertEquals(d(10, 9), e.date());
        }
        assertEquals(a.getMessage(), b.getMessage());
    }

    @Test
    void sameDayEventsAlternateEndsAndStarts() {
        // a one-day suspension; its resume alone is refused
        CaseClock oneDay = clock().suspend(SuspensionKind.HEARING, d(9, 24)).resume(SuspensionKind.HEARING, d(9, 24));
        assertEquals(List.of(Suspension.of(SuspensionKind.HEARING, d(9, 24), d(9, 24))), oneDay.suspensions());
        assertEquals(ClockRule.RESUME_WITHOUT_SUSPENSION,
                refused(() -> clock().resume(SuspensionKind.HEARING, d(9, 24))).rule());
        // resume and suspend again on one day
        CaseClock again = clock().suspend(SuspensionKind.HEARING, d(9, 22)).resume(SuspensionKind.HEARING, d(9, 24))
                .suspend(SuspensionKind.HEARING, d(9, 24));
        assertEquals(List.of(Suspension.of(SuspensionKind.HEARING, d(9, 22), d(9, 24)),
                Suspension.open(SuspensionKind.HEARING, d(9, 24))), again.suspensions());
        // request and receipt on one day: the promised clock restarts from that day
        // 9/23–26 (4), 9/28 makeup (5), 9/29–30 (7), 10/9–10 (9), 10/11 makeup (10)
        assertEquals(Optional.of(d(10, 11)),
                clock().correctionRequested(d(9, 22)).supplementsReceived(d(9, 22)).promisedDue());
        // a step completed and started again on one day; a one-day step
        CaseClock step = clock().startStep("review", d(9, 22), TimeLimit.workingDays(3))
                .completeStep("review", d(9, 24)).startStep("review", d(9, 24), TimeLimit.workingDays(2))
                .startStep("sign", d(9, 25), TimeLimit.workingDays(1)).completeStep("sign", d(9, 25));
        assertEquals(3, step.steps().size());
        assertEquals(Optional.of(d(9, 24)), step.steps().get(0).findCompletedOn());
        assertTrue(step.steps().get(1).isRunning());
        assertEquals(Optional.of(d(9, 25)), step.steps().get(2).findCompletedOn());
    }

    @Test
    void suspensionsRecordedWholeMayOverlapOnesOfTheirKind() {
        Suspension long1 = Suspension.of(SuspensionKind.TESTING, d(9, 22), d(9, 30));
        Suspension inner = Suspension.of(SuspensionKind.TESTING, d(9, 24), d(9, 26));
        CaseClock a = clock().withSuspension(long1).withSuspension(inner);
        CaseClock b = clock().withSuspension(inner).withSuspension(long1);
        assertEquals(List.of(long1, inner), a.suspensions());
        assertEquals(a.suspensions(), b.suspensions());
        // 9/22–30 not counted once: 8 working days (9/28 makeup included) later than 10/23
        assertEquals(Optional.of(d(11, 4)), a.statutoryDue());
        // split into suspend and resume, the inner one starts while the first is open
        IllegalClockOperationException open = refused(() -> clock().suspend(SuspensionKind.TESTING, d(9, 22))
                .resume(SuspensionKind.TESTING, d(9, 30)).suspend(SuspensionKind.TESTING, d(9, 24)));
        assertEquals(ClockRule.ALREADY_SUSPENDED, open.rule());
        assertEquals(d(9, 24), open.date());
        // the view before the whole suspension ends sees it open, and a resume ends it
        CaseClock view = a.asOf(d(9, 23));
        assertTrue(view.isSuspended());
        assertFalse(view.resume(SuspensionKind.TESTING, d(9, 23)).isSuspended());
    }

    @Test
    void aTimelyExtensionStaysAcceptedWhenAnEarlierSuspensionMovesTheDueDateOutOfTheData() {
        // accepted 2026-12-01, 20 working days; granted 12/10, a covered day before the due date:
        // timely whatever the exact due date, which the hearing from 12/2 moves into 2027 (no CN data)
        LocalDate accepted = LocalDate.of(2026, 12, 1);
        Extension extension = Extension.ordinary(LocalDate.of(2026, 12, 10), "head", "reason");
        CaseClock start = CaseClock.start(CN, accepted, TimeLimit.workingDays(20), TimeLimit.workingDays(10));
        CaseClock extensionFirst = start.extend(extension).suspend(SuspensionKind.HEARING, LocalDate.of(2026, 12, 2));
        CaseClock suspensionFirst = start.suspend(SuspensionKind.HEARING, LocalDate.of(2026, 12, 2)).extend(extension);
        assertEquals(Optional.of(extension), extensionFirst.statutoryExtension());
        assertEquals(suspensionFirst.toString(), extensionFirst.toString());
        // the queries, not the recording, need 2027
        CaseClock resumed = extensionFirst.resume(SuspensionKind.HEARING, LocalDate.of(2026, 12, 4));
        assertThrows(DateOutOfCoverageException.class, resumed::statutoryDue);
        assertThrows(DateOutOfCoverageException.class,
                () -> extensionFirst.statutoryDueAsOf(LocalDate.of(2026, 12, 20)));
        assertTrue(resumed.withProvisionalDates().statutoryDueAnswer().orElseThrow().value().getYear() == 2027);
        // a grant after the due date is still refused, judged on the covered days before it
        // granted on the due date 12/29, then an earlier suspension: still timely, due in 2027
        Extension onTheDueDate = Extension.ordinary(LocalDate.of(2026, 12, 29), "head", "reason");
        assertEquals(Optional.of(onTheDueDate), start.extend(onTheDueDate).withSuspension(Suspension.of(
                SuspensionKind.TESTING, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3))).statutoryExtension());
        IllegalClockOperationException late = refused(() -> start.extend(
                Extension.ordinary(LocalDate.of(2027, 1, 4), "head", "reason")));
        assertEquals(ClockRule.EXTENSION_AFTER_DUE, late.rule());
        assertEquals(LocalDate.of(2027, 1, 4), late.date());
        assertTrue(late.getMessage().contains("due 2026-12-29"), late.getMessage());
    }

    @Test
    void aPromisedExtensionThatACorrectionCarriesPastTheStatutoryDueDateIsRefusedInAnyOrder() {
        // accepted Monday 2025-09-01: statutory 20 -> 9/28 (makeup Sunday), promised 10 -> 9/12;
        // promised + 10 granted 9/8 -> 9/28, equal to the statutory due date: allowed
        CaseClock start = CaseClock.start(CN, d(9, 1), TimeLimit.workingDays(20), TimeLimit.workingDays(10));
        Extension promised = Extension.ordinary(d(9, 8), "head", "reason");
        assertEquals(Optional.of(d(9, 28)), start.extendPromised(promised).promisedDue());
        // supplements on 9/4 restart the promised clock before the grant: 20 from 9/4 is 10/9, after 9/28
        List<Executable> orders = List.of(
                () -> start.extendPromised(promised).correctionRequested(d(9, 2)).supplementsReceived(d(9, 4)),
                () -> start.correctionRequested(d(9, 2)).extendPromised(promised).supplementsReceived(d(9, 4)),
                () -> start.correctionRequested(d(9, 2)).supplementsReceived(d(9, 4)).extendPromised(promised));
        List<String> messages = new ArrayList<>();
        for (Executable order : orders) {
            IllegalClockOperationException e = refused(order);
            assertEquals(ClockRule.PROMISED_EXTENSION_BEYOND_STATUTORY, e.rule());
            assertEquals(d(9, 8), e.date(), "the grant breaks the rule, not the receipt");
            assertTrue(e.getMessage().contains("'20 working days' (due 2025-10-09)")
                    && e.getMessage().contains("'20 working days' (due 2025-09-28)"), e.getMessage());
            messages.add(e.getMessage());
        }
        assertEquals(1, messages.stream().distinct().count(), messages::toString);
        // supplements after the grant restart the clock without refusing it (the statutory date governs)
        // from 9/9: 9/10–12 (3), 9/15–26 (13), 9/28 (14), 9/29–30 (16), 10/9–10 (18), 10/11 makeup (19), 10/13
        assertEquals(Optional.of(d(10, 13)), start.extendPromised(promised).correctionRequested(d(9, 9))
                .supplementsReceived(d(9, 9)).promisedDue());
    }
}
