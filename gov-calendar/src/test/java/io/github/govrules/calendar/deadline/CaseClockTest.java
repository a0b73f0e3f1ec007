package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario tests of {@link CaseClock} on the real national calendar CN; expected dates were
 * counted by hand (see the comments).
 */
class CaseClockTest {

    private static final WorkingDayCalendar CN = Calendars.cn();
    private static final TimeLimit TWENTY = TimeLimit.workingDays(20);
    private static final TimeLimit TEN = TimeLimit.workingDays(10);

    /** Friday before the 2025 National Day break; 20 working days later is 10/23, 10 later is 10/10. */
    private static final LocalDate FRI_2025_09_19 = LocalDate.of(2025, 9, 19);
    /** Monday two weeks before Spring Festival 2025; 20 working days later is 2/14. */
    private static final LocalDate MON_2025_01_13 = LocalDate.of(2025, 1, 13);
    /** Makeup working Saturday after National Day 2025. */
    private static final LocalDate MAKEUP_SAT_2025_10_11 = LocalDate.of(2025, 10, 11);
    private static final WarningPolicy TWO_DAYS_LEFT = new WarningPolicy(2, WarningPolicy.NEVER, WarningPolicy.NEVER);

    private static CaseClock nationalDayClock() {
        return CaseClock.start(CN, FRI_2025_09_19, TWENTY, TEN);
    }

    @Test
    void tracksStatutoryAndPromisedDueDates() {
        CaseClock clock = nationalDayClock();
        assertEquals(Optional.of(LocalDate.of(2025, 10, 23)), clock.statutoryDue());
        // 9/22–26 (5), 9/28 makeup (6), 9/29–30 (8), 10/9–10 (10)
        assertEquals(Optional.of(LocalDate.of(2025, 10, 10)), clock.promisedDue());
    }

    @Test
    void promisedLongerThanStatutoryIsRefusedNamingBoth() {
        PromisedLimitExceedsStatutoryException e = assertThrows(PromisedLimitExceedsStatutoryException.class,
                () -> CaseClock.start(CN, FRI_2025_09_19, TEN, TWENTY));
        assertTrue(e.getMessage().contains("'20 working days'") && e.getMessage().contains("'10 working days'"),
                e.getMessage());
        assertEquals(TEN, e.statutory());
        assertEquals(TWENTY, e.promised());
    }

    @Test
    void promisedInOtherUnitIsComparedByDueDate() {
        // 30 natural days from 9/19 = Sunday 10/19 -> Monday 10/20, before 10/23: accepted
        CaseClock ok = CaseClock.start(CN, FRI_2025_09_19, TWENTY, TimeLimit.naturalDays(30));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 20)), ok.promisedDue());
        // 40 natural days = Wednesday 10/29, after 10/23: refused
        PromisedLimitExceedsStatutoryException e = assertThrows(PromisedLimitExceedsStatutoryException.class,
                () -> CaseClock.start(CN, FRI_2025_09_19, TWENTY, TimeLimit.naturalDays(40)));
        assertTrue(e.getMessage().contains("(due 2025-10-29)") && e.getMessage().contains("(due 2025-10-23)"),
                e.getMessage());
    }

    @Test
    void openSuspensionHidesTheDueDateUntilItEnds() {
        CaseClock running = CaseClock.start(CN, MON_2025_01_13, TWENTY, TWENTY);
        CaseClock suspended = running.suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 1, 22));
        assertTrue(suspended.isSuspended());
        assertEquals(Optional.empty(), suspended.statutoryDue());
        assertEquals(Optional.empty(), suspended.promisedDue());
        // projected as if it ended on 2/5: counted 1/14–17, 1/20–21 (6), 2/6–7 (8), 2/8 makeup (9),
        // 2/10–14 (14), 2/17–21 (19), 2/24 (20)
        assertEquals(LocalDate.of(2025, 2, 24), suspended.statutoryDueAsOf(LocalDate.of(2025, 2, 5)));
        CaseClock resumed = suspended.resume(LocalDate.of(2025, 2, 10));
        assertFalse(resumed.isSuspended());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 28)), resumed.statutoryDue());
        // the earlier clocks are unchanged
        assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), running.statutoryDue());
        assertTrue(suspended.isSuspended());
    }

    @Test
    void statusWhileSuspendedFreezesElapsedDays() {
        CaseClock clock = CaseClock.start(CN, MON_2025_01_13, TWENTY, TWENTY)
                .suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2025, 1, 22));
        ClockStatus onFeb5 = clock.status(LocalDate.of(2025, 2, 5), WarningPolicy.DEFAULT);
        assertTrue(onFeb5.suspended());
        assertEquals(6, onFeb5.statutory().elapsedDays());
        assertEquals(14, onFeb5.statutory().remainingDays());
        assertEquals(LocalDate.of(2025, 2, 24), onFeb5.statutory().due());
        assertEquals(WarningLevel.NONE, onFeb5.warning());
        ClockStatus onMar31 = clock.status(LocalDate.of(2025, 3, 31), WarningPolicy.DEFAULT);
        assertEquals(6, onMar31.statutory().elapsedDays());
        assertFalse(onMar31.statutory().overdue());
    }

    @Test
    void overlappingSuspensionsOfDifferentKindsAreCountedOnce() {
        CaseClock clock = nationalDayClock()
                .suspend(SuspensionKind.TESTING, LocalDate.of(2025, 9, 22))
                .suspend(SuspensionKind.APPRAISAL, LocalDate.of(2025, 9, 23));
        IllegalClockOperationException ambiguous = assertThrows(IllegalClockOperationException.class,
                () -> clock.resume(LocalDate.of(2025, 9, 24)));
        assertEquals(ClockRule.AMBIGUOUS_RESUME, ambiguous.rule());
        CaseClock resumed = clock.resume(SuspensionKind.TESTING, LocalDate.of(2025, 9, 24))
                .resume(SuspensionKind.APPRAISAL, LocalDate.of(2025, 9, 26));
        // 9/22–26 suspended once: five working days, 10/23 -> 10/30
        assertEquals(Optional.of(LocalDate.of(2025, 10, 30)), resumed.statutoryDue());
    }

    @Test
    void illegalSuspensionOperationsNameTheDateAndRule() {
        IllegalClockOperationException noSuspension = assertThrows(IllegalClockOperationException.class,
                () -> nationalDayClock().resume(LocalDate.of(2025, 9, 24)));
        assertEquals(ClockRule.RESUME_WITHOUT_SUSPENSION, noSuspension.rule());
        assertEquals(LocalDate.of(2025, 9, 24), noSuspension.date());
        assertTrue(noSuspension.getMessage().contains("on 2025-09-24")
                && noSuspension.getMessage().contains("open suspension"), noSuspension.getMessage());

        CaseClock hearing = nationalDayClock().suspend(SuspensionKind.HEARING, LocalDate.of(2025, 9, 22));
        assertEquals(ClockRule.ALREADY_SUSPENDED, assertThrows(IllegalClockOperationException.class,
                () -> hearing.suspend(SuspensionKind.HEARING, LocalDate.of(2025, 9, 23))).rule());
        assertEquals(ClockRule.BEFORE_START, assertThrows(IllegalClockOperationException.class,
                () -> hearing.resume(LocalDate.of(2025, 9, 21))).rule());
        assertEquals(ClockRule.BEFORE_START, assertThrows(IllegalClockOperationException.class,
                () -> nationalDayClock().suspend(SuspensionKind.HEARING, LocalDate.of(2025, 9, 18))).rule());
    }

    @Test
    void extensionLandingOnAMakeupSaturday() {
        // accepted Monday 8/25: 8/26–29 (4), 9/1–5 (9), 9/8–12 (14), 9/15–19 (19), 9/22 (20)
        CaseClock clock = CaseClock.start(CN, LocalDate.of(2025, 8, 25), TWENTY, TWENTY);
        assertEquals(Optional.of(LocalDate.of(2025, 9, 22)), clock.statutoryDue());
        // +10: 9/23–26 (4), 9/28 makeup (5), 9/29–30 (7), 10/9–10 (9), 10/11 makeup Saturday (10)
        CaseClock extended = clock.extend(Extension.ordinary(LocalDate.of(2025, 9, 15), "Director Wang",
                "expert opinions needed"));
        assertEquals(Optional.of(MAKEUP_SAT_2025_10_11), extended.statutoryDue());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 22)), extended.promisedDue(), "promised not extended");
        assertEquals("Director Wang", extended.statutoryExtension().orElseThrow().approver());

        IllegalClockOperationException second = assertThrows(IllegalClockOperationException.class,
                () -> extended.extend(Extension.ordinary(LocalDate.of(2025, 10, 9), "Director Wang", "again")));
        assertEquals(ClockRule.SECOND_EXTENSION, second.rule());
        assertTrue(second.getMessage().contains("on 2025-10-09") && second.getMessage().contains("Art. 42"),
                second.getMessage());
    }

    @Test
    void extensionLimitsFollowTheHandlingMode() {
        CaseClock clock = CaseClock.start(CN, LocalDate.of(2025, 8, 25), TWENTY, TWENTY);
        Extension fifteen = Extension.joint(LocalDate.of(2025, 9, 15), "Mayor Li", "joint review");
        assertEquals(ClockRule.EXTENSION_TOO_LONG,
                assertThrows(IllegalClockOperationException.class, () -> clock.extend(fifteen)).rule());
        // joint handling allows +15: 9/23–26 (4), 9/28 (5), 9/29–30 (7), 10/9–10 (9), 10/11 (10), 10/13–17 (15)
        assertEquals(Optional.of(LocalDate.of(2025, 10, 17)),
                clock.withHandlingMode(HandlingMode.JOINT).extend(fifteen).statutoryDue());
        assertEquals(TimeLimit.workingDays(45), HandlingMode.JOINT.defaultLimit());
    }

    @Test
    void extensionMustBeGrantedBeforeTheLimitRunsOut() {
        CaseClock clock = CaseClock.start(CN, LocalDate.of(2025, 8, 25), TWENTY, TWENTY);
        IllegalClockOperationException late = assertThrows(IllegalClockOperationException.class,
                () -> clock.extend(Extension.ordinary(LocalDate.of(2025, 9, 23), "Director Wang", "late")));
        assertEquals(ClockRule.EXTENSION_AFTER_DUE, late.rule());
        assertTrue(late.getMessage().contains("due 2025-09-22"), late.getMessage());
        assertEquals(ClockRule.BEFORE_START, assertThrows(IllegalClockOperationException.class,
                () -> clock.extend(Extension.ordinary(LocalDate.of(2025, 8, 1), "Director Wang", "early"))).rule());
        CaseClock natural = CaseClock.start(CN, LocalDate.of(2025, 8, 25), TimeLimit.naturalDays(30),
                TimeLimit.naturalDays(30));
        assertEquals(ClockRule.EXTENSION_OF_NON_WORKING_DAY_LIMIT, assertThrows(IllegalClockOperationException.class,
                () -> natural.extend(Extension.ordinary(LocalDate.of(2025, 9, 1), "Director Wang", "x"))).rule());
    }

    @Test
    void promisedExtensionMayNotPassTheStatutoryDueDate() {
        CaseClock clock = nationalDayClock();
        // promised 10/10 + 5: 10/11 (1), 10/13–16 (5)
        assertEquals(Optional.of(LocalDate.of(2025, 10, 16)), clock.extendPromised(
                new Extension(5, LocalDate.of(2025, 10, 9), "Section chief", "site visit")).promisedDue());
        // promised 10/10 + 10: 10/11 (1), 10/13–17 (6), 10/20–23 (10): equal to the statutory due date, allowed
        assertEquals(clock.statutoryDue(), clock.extendPromised(
                Extension.ordinary(LocalDate.of(2025, 10, 9), "Section chief", "site visit")).promisedDue());
        // promised 15 -> 10/16; + 10: 10/17 (1), 10/20–24 (6), 10/27–30 (10) = 10/30, after statutory 10/23
        CaseClock fifteen = CaseClock.start(CN, FRI_2025_09_19, TWENTY, TimeLimit.workingDays(15));
        IllegalClockOperationException e = assertThrows(IllegalClockOperationException.class,
                () -> fifteen.extendPromised(Extension.ordinary(LocalDate.of(2025, 10, 9), "Section chief", "visit")));
        assertEquals(ClockRule.PROMISED_EXTENSION_BEYOND_STATUTORY, e.rule());
        assertEquals(LocalDate.of(2025, 10, 9), e.date());
        assertTrue(e.getMessage().contains("'25 working days' (due 2025-10-30)")
                && e.getMessage().contains("'20 working days' (due 2025-10-23)"), e.getMessage());
    }

    @Test
    void correctionRestartsThePromisedClockOnly() {
        // accepted Monday 3/3: promised 10 -> 3/17, statutory 20 -> 3/31
        CaseClock clock = CaseClock.start(CN, LocalDate.of(2025, 3, 3), TWENTY, TEN);
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), clock.promisedDue());
        CaseClock waiting = clock.correctionRequested(LocalDate.of(2025, 3, 5));
        assertTrue(waiting.isAwaitingSupplements());
        assertEquals(Optional.empty(), waiting.promisedDue());
        ClockStatus onMar20 = waiting.status(LocalDate.of(2025, 3, 20), WarningPolicy.DEFAULT);
        assertTrue(onMar20.awaitingSupplements());
        assertEquals(2, onMar20.promised().elapsedDays(), "frozen at the request: 3/4, 3/5");
        assertFalse(onMar20.promised().overdue());
        // supplements on Monday 3/10: 3/11–14 (4), 3/17–21 (9), 3/24 (10)
        CaseClock restarted = waiting.supplementsReceived(LocalDate.of(2025, 3, 10));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 24)), restarted.promisedDue());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), restarted.statutoryDue());
        assertEquals(ClockRule.BEFORE_START, assertThrows(IllegalClockOperationException.class,
                () -> waiting.supplementsReceived(LocalDate.of(2025, 3, 4))).rule());
        // terminated while waiting: the promised clock stays stopped at the request
        ClockStatus terminated = waiting.complete(LocalDate.of(2025, 4, 30)).status(LocalDate.of(2025, 5, 30),
                WarningPolicy.DEFAULT);
        assertEquals(2, terminated.promised().elapsedDays());
        assertFalse(terminated.awaitingSupplements());
        assertTrue(terminated.statutory().overdue());
        assertEquals(ClockRule.CORRECTION_STATE, assertThrows(IllegalClockOperationException.class,
                () -> waiting.correctionRequested(LocalDate.of(2025, 3, 6))).rule());
    }

    @Test
    void stepCanBeOverdueWhileTheCaseIsOnTime() {
        // review step from 9/19, 3 working days: 9/22, 9/23, 9/24
        CaseClock clock = nationalDayClock().startStep("review", FRI_2025_09_19, TimeLimit.workingDays(3));
        ClockStatus status = clock.status(LocalDate.of(2025, 9, 25), WarningPolicy.DEFAULT);
        StepStatus review = status.steps().get(0);
        assertEquals(LocalDate.of(2025, 9, 24), review.status().due());
        assertTrue(review.status().overdue());
        assertEquals(1, review.status().overdueDays());
        assertEquals(WarningLevel.RED, review.warning());
        assertEquals(WarningLevel.RED, status.stepWarning());
        assertEquals(WarningLevel.NONE, status.warning());

        CaseClock done = clock.completeStep("review", LocalDate.of(2025, 9, 23));
        StepStatus completed = done.status(LocalDate.of(2025, 9, 30), WarningPolicy.DEFAULT).steps().get(0);
        assertFalse(completed.status().overdue());
        assertEquals(2, completed.status().elapsedDays());
        assertEquals(ClockRule.STEP_NOT_RUNNING, assertThrows(IllegalClockOperationException.class,
                () -> done.completeStep("review", LocalDate.of(2025, 9, 24))).rule());
        assertEquals(ClockRule.STEP_ALREADY_RUNNING, assertThrows(IllegalClockOperationException.class,
                () -> clock.startStep("review", LocalDate.of(2025, 9, 22), TimeLimit.workingDays(1))).rule());
    }

    @Test
    void warningLevelsFollowThePolicy() {
        CaseClock clock = nationalDayClock();
        // on 10/20: 17 of 20 used (85%), 3 left
        ClockStatus oct20 = clock.status(LocalDate.of(2025, 10, 20), TWO_DAYS_LEFT);
        assertEquals(17, oct20.statutory().elapsedDays());
        assertEquals(3, oct20.statutory().remainingDays());
        assertEquals(WarningLevel.NONE, oct20.statutory().warning());
        assertEquals(WarningLevel.YELLOW, clock.status(LocalDate.of(2025, 10, 20), WarningPolicy.DEFAULT)
                .statutory().warning(), "80% used");
        assertEquals(WarningLevel.YELLOW, clock.status(LocalDate.of(2025, 10, 21), TWO_DAYS_LEFT)
                .statutory().warning());
        ClockStatus dueDay = clock.status(LocalDate.of(2025, 10, 23), TWO_DAYS_LEFT);
        assertFalse(dueDay.statutory().overdue());
        assertEquals(0, dueDay.statutory().remainingDays());
        WarningPolicy escalating = TWO_DAYS_LEFT.withEscalationAfter(3);
        ClockStatus saturday = clock.status(LocalDate.of(2025, 10, 25), escalating);
        assertTrue(saturday.statutory().overdue());
        assertEquals(1, saturday.statutory().overdueDays());
        assertEquals(WarningLevel.RED, saturday.statutory().warning());
        assertEquals(WarningLevel.RED, clock.status(LocalDate.of(2025, 10, 27), escalating).statutory().warning());
        assertEquals(WarningLevel.ESCALATED, clock.status(LocalDate.of(2025, 10, 28), escalating).warning());
    }

    @Test
    void completionFreezesTheStatus() {
        CaseClock early = nationalDayClock().complete(LocalDate.of(2025, 10, 9));
        ClockStatus later = early.status(LocalDate.of(2025, 12, 1), WarningPolicy.DEFAULT);
        assertTrue(later.isCompletedOnTime());
        // statutory: 9/22–26 (5), 9/28 (6), 9/29–30 (8), 10/9 (9) -> 11 working days early
        assertEquals(9, later.statutory().elapsedDays());
        assertEquals(11, later.statutory().remainingDays());
        assertEquals(ClockRule.ALREADY_COMPLETED, assertThrows(IllegalClockOperationException.class,
                () -> early.suspend(SuspensionKind.HEARING, LocalDate.of(2025, 10, 10))).rule());
        CaseClock late = nationalDayClock().complete(LocalDate.of(2025, 10, 27));
        ClockStatus lateStatus = late.status(LocalDate.of(2025, 12, 1), WarningPolicy.DEFAULT);
        assertFalse(lateStatus.isCompletedOnTime());
        assertTrue(lateStatus.statutory().overdue());
        assertEquals(2, lateStatus.statutory().overdueDays());
    }

    @Test
    void completionEndsOpenSuspensions() {
        CaseClock clock = nationalDayClock().suspend(SuspensionKind.QUARANTINE, LocalDate.of(2025, 9, 22))
                .complete(LocalDate.of(2025, 9, 30));
        assertFalse(clock.isSuspended());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 30)), clock.suspensions().get(0).findEnd());
        assertFalse(clock.status(LocalDate.of(2025, 10, 1), WarningPolicy.DEFAULT).suspended());
    }

    @Test
    void uncoveredYearsThrowUnlessTheClockOptsIn() {
        CaseClock strict = CaseClock.start(CN, LocalDate.of(2026, 12, 15), TWENTY, TWENTY);
        DateOutOfCoverageException e = assertThrows(DateOutOfCoverageException.class, strict::statutoryDue);
        assertTrue(e.getMessage().contains("2020-01-01 to 2026-12-31"), e.getMessage());
        // mixed units near the end of the data: starting does not throw, the queries do
        CaseClock mixed = CaseClock.start(CN, LocalDate.of(2026, 12, 15), TWENTY, TimeLimit.naturalDays(20));
        assertThrows(DateOutOfCoverageException.class, mixed::statutoryDue);
        assertEquals(Optional.of(CalendarAnswer.provisional(LocalDate.of(2027, 1, 4), CalendarId.CN,
                List.of(Year.of(2027)))), mixed.withProvisionalDates().promisedDueAnswer());
        CaseClock provisional = strict.withProvisionalDates();
        assertEquals(Optional.of(CalendarAnswer.provisional(LocalDate.of(2027, 1, 13), CalendarId.CN,
                List.of(Year.of(2027)))), provisional.statutoryDueAnswer());
        // a plain date is never a guess: it throws on the provisional clock too
        assertThrows(DateOutOfCoverageException.class, provisional::statutoryDue);
        ClockStatus status = provisional.status(LocalDate.of(2026, 12, 20), WarningPolicy.DEFAULT);
        assertTrue(status.isProvisional());
        assertEquals(List.of(Year.of(2027)), status.provisionalYears());
        ClockStatus covered = nationalDayClock().withProvisionalDates().status(LocalDate.of(2025, 10, 1),
                WarningPolicy.DEFAULT);
        assertFalse(covered.isProvisional());
    }

    @Test
    void explanationOfAClockShowsSuspensionAndExtension() {
        CaseClock clock = CaseClock.start(CN, LocalDate.of(2025, 8, 25), TWENTY, TWENTY)
                .withSuspension(Suspension.of(SuspensionKind.HEARING, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)))
                .extend(Extension.ordinary(LocalDate.of(2025, 9, 15), "Director Wang", "hearing"));
        DeadlineExplanation explanation = clock.explainStatutory(LocalDate.of(2025, 9, 15));
        assertEquals(TimeLimit.workingDays(30), explanation.limit());
        assertEquals(30, explanation.countedDays());
        // 10/11 plus the two hearing days: 10/13 (1), 10/14 (2)
        assertEquals(LocalDate.of(2025, 10, 14), explanation.due());
        assertEquals(clock.statutoryDue().orElseThrow(), explanation.due());
        assertEquals(2, explanation.days().stream().filter(d -> d.treatment() == DayTreatment.SUSPENDED).count());
    }
}
