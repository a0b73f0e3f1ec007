package io.github.govrules.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.ClockStatus;
import io.github.govrules.calendar.deadline.HandlingMode;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.WarningLevel;
import io.github.govrules.calendar.deadline.WarningPolicy;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseClocksTest {

    static final WorkingDayCalendar CN = Calendars.cn();
    static final Catalog CATALOG = Catalogs.example();

    static ServiceItem itemOf(Case c) {
        return CATALOG.item(c.itemCode(), c.itemVersion());
    }

    @Test
    void noClockBeforeAcceptance() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        assertTrue(CaseClocks.clockOf(c, itemOf(c), CN).isEmpty());
    }

    @Test
    void printingLicenceAcceptedBeforeNationalDayIsDueAfterIt() {
        // accepted Fri 2025-09-19; 10 working days: 22,23,24,25,26, Sun 28 (makeup), 29, 30, then
        // the 1-8 October holiday, 9 and 10 October -> due Fri 2025-10-10; statutory 20 -> 2025-10-23 (law.md)
        Case c = CaseIo.example("printing-licence-promised");
        CaseClock clock = CaseClocks.clockOf(c, itemOf(c), CN).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 19), clock.acceptedOn());
        assertEquals(LocalDate.of(2025, 10, 10), clock.promisedDue().orElseThrow());
        assertEquals(LocalDate.of(2025, 10, 23), clock.statutoryDue().orElseThrow());
        assertEquals(LocalDate.of(2025, 10, 9), clock.completedOn().orElseThrow());
        ClockStatus status = clock.status(LocalDate.of(2025, 10, 9), WarningPolicy.DEFAULT);
        assertTrue(status.isCompletedOnTime());
        assertEquals(2, clock.steps().size());
    }

    @Test
    void jointItemUsesJointHandlingAndSuspensionMovesTheDueDate() {
        // accepted Mon 2025-11-03, promised 20 working days -> 2025-12-01 without pause;
        // expert review suspended Mon 11-10, resumed Mon 11-17: 10..16 November not counted (5 working days)
        Case c = CaseIo.example("investment-project-joint");
        CaseClock clock = CaseClocks.clockOf(c, itemOf(c), CN).orElseThrow();
        assertEquals(HandlingMode.JOINT, clock.handlingMode());
        assertEquals(TimeLimit.workingDays(45), clock.statutoryLimit());
        assertEquals(LocalDate.of(2025, 12, 8), clock.promisedDue().orElseThrow());
        assertFalse(clock.isSuspended());
        assertTrue(clock.completedOn().isEmpty());
    }

    @Test
    void statusOnADateUsesOnlyTheEventsLoggedByThen() {
        // the joint case above: expert review logged from Mon 11-10 to Mon 11-17. Asked about Wed 11-12,
        // the review was still open (taken to end that day): 10, 11, 12 November not counted -> 12-01 + 3 = 12-04
        Case c = CaseIo.example("investment-project-joint");
        ServiceItem item = itemOf(c);
        ClockStatus during = CaseClocks.status(c, item, CN, LocalDate.of(2025, 11, 12), WarningPolicy.DEFAULT)
                .orElseThrow();
        assertTrue(during.suspended());
        assertEquals(LocalDate.of(2025, 12, 4), during.promised().due());
        assertEquals(4, during.promised().elapsedDays(), "4-7 November; 10-12 November suspended");
        ClockStatus after = CaseClocks.status(c, item, CN, LocalDate.of(2025, 11, 18), WarningPolicy.DEFAULT)
                .orElseThrow();
        assertFalse(after.suspended());
        assertEquals(LocalDate.of(2025, 12, 8), after.promised().due());
    }

    @Test
    void openSuspensionLeavesTheDueDateUnknown() {
        Case c = CaseIo.example("renovation-tolerated-gap").record(new CaseEvent.Suspended(
                LocalDateTime.of(2025, 10, 9, 9, 0), "b03", io.github.govrules.core.item.SpecialProcedure.INSPECTION,
                "site inspection"));
        CaseClock clock = CaseClocks.clockOf(c, itemOf(c), CN).orElseThrow();
        assertTrue(clock.isSuspended());
        assertTrue(clock.promisedDue().isEmpty());
    }

    @Test
    void immediateCaseIsDueOnTheDayOfAcceptance() {
        Case c = CaseIo.example("gjj-fund-loan-immediate");
        CaseClock clock = CaseClocks.clockOf(c, itemOf(c), CN).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 23), clock.promisedDue().orElseThrow());
        assertEquals(LocalDate.of(2025, 9, 23), clock.completedOn().orElseThrow());
    }

    @Test
    void extensionAddsWorkingDaysToTheStatutoryLimit() {
        Case c = CaseIo.example("renovation-tolerated-gap").record(new CaseEvent.Extended(
                LocalDateTime.of(2025, 10, 9, 9, 0), "b03", TimeLimit.workingDays(10), "head-qian", "complex case"));
        CaseClock plain = CaseClocks.clockOf(CaseIo.example("renovation-tolerated-gap"), itemOf(c), CN).orElseThrow();
        CaseClock extended = CaseClocks.clockOf(c, itemOf(c), CN).orElseThrow();
        assertEquals(CN.shift(plain.statutoryDue().orElseThrow(), 10), extended.statutoryDue().orElseThrow());
    }

    @Test
    void gapDeadlinesFollowTheMaterialsSupplementLimits() {
        // renovation: accepted Mon 2025-09-29, neighbour consent within 5 working days:
        // 30 Sep (1), National Day 1-8 Oct, 9 (2), 10 (3), Sat 11 Oct makeup (4), Mon 13 (5)
        Case renovation = CaseIo.example("renovation-tolerated-gap");
        assertEquals(java.util.Map.of("neighbour-consent", LocalDate.of(2025, 10, 13)),
                CaseClocks.gapDeadlines(renovation, itemOf(renovation), CN));
        // investment: accepted Mon 2025-11-03, EIA approval within 30 natural days -> Wed 2025-12-03
        Case joint = CaseIo.example("investment-project-joint");
        assertEquals(java.util.Map.of("eia-approval", LocalDate.of(2025, 12, 3)),
                CaseClocks.gapDeadlines(joint, itemOf(joint), CN));
        assertTrue(CaseClocks.gapDeadlines(CaseIo.example("printing-licence-promised"),
                itemOf(CaseIo.example("printing-licence-promised")), CN).isEmpty());
    }

    /** A printing-licence case received Fri 2025-09-19 with its first answer on the given day. */
    static Case printingAnsweredOn(LocalDateTime notice, boolean correction) {
        Case received = CaseIo.example("printing-licence-promised");
        Case base = new Case(received.number(), received.itemCode(), received.itemVersion(), received.nationalType(),
                received.kind(), received.applicant(), received.agent(), received.situations(), received.materials(),
                received.channel(), received.appliedAt(), received.projectCode(), received.region(),
                List.of(received.events().get(0)));
        if (correction) {
            base = base.record(new CaseEvent.CorrectionRequested(notice, "w05-chen", List.of("premises-proof"), "BZ-1"))
                    .record(new CaseEvent.Supplemented(notice.plusDays(3), "w05-chen", ServiceChannel.WINDOW,
                            List.of(new SubmittedMaterial("premises-proof", MaterialForm.COPY, 1))));
            return base.record(new CaseEvent.Accepted(notice.plusDays(3).plusHours(1), "w05-chen", null));
        }
        return base.record(new CaseEvent.Accepted(notice, "w05-chen", null));
    }

    @Test
    void lateAnswerOnALicenceCountsAsAcceptanceOnReceipt() {
        // received Fri 19 Sep; 5 working days: 22, 23, 24, 25, 26 Sep. An answer on Fri 26 Sep is in time;
        // one on the makeup Sunday 28 Sep is late (Licensing Law Art. 32(4)).
        LocalDate received = LocalDate.of(2025, 9, 19);
        Case timelyNotice = printingAnsweredOn(LocalDateTime.of(2025, 9, 26, 10, 0), true);
        assertEquals(LocalDate.of(2025, 9, 29), CaseClocks.clockStart(timelyNotice, itemOf(timelyNotice), CN).orElseThrow());
        Case lateNotice = printingAnsweredOn(LocalDateTime.of(2025, 9, 28, 10, 0), true);
        assertEquals(received, CaseClocks.clockStart(lateNotice, itemOf(lateNotice), CN).orElseThrow());
        Case lateAcceptance = printingAnsweredOn(LocalDateTime.of(2025, 9, 29, 10, 0), false);
        CaseClock clock = CaseClocks.clockOf(lateAcceptance, itemOf(lateAcceptance), CN).orElseThrow();
        assertEquals(received, clock.acceptedOn());
        assertEquals(LocalDate.of(2025, 10, 10), clock.promisedDue().orElseThrow());
        // a public-service item (the provident fund) is not under Art. 32: the clock starts on acceptance
        Case gjj = CaseIo.example("gjj-fund-loan-immediate");
        assertEquals(LocalDate.of(2025, 9, 23), CaseClocks.clockStart(gjj, itemOf(gjj), CN).orElseThrow());
    }

    @Test
    void wrongItemVersionIsRejected() {
        Case c = CaseIo.example("printing-licence-promised");
        ServiceItem v1 = CATALOG.item(c.itemCode(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseClocks.clockOf(c, v1, CN));
        assertTrue(e.getMessage().contains("pins item"), e.getMessage());
    }

    @Test
    void anExtensionTheClockRefusesIsNotRecordedAndABuiltCaseNamesItself() {
        Case c = CaseIo.example("renovation-tolerated-gap");
        ServiceItem item = itemOf(c);
        CaseEvent tooLong = new CaseEvent.Extended(LocalDateTime.of(2025, 10, 9, 9, 0), "b03", TimeLimit.workingDays(15),
                "head-qian", "complex case");
        CaseClockException refused = assertThrows(CaseClockException.class, () -> CaseClocks.record(c, item, CN, tooLong));
        assertEquals(c.number(), refused.caseNumber());
        assertEquals(LocalDate.of(2025, 10, 9), refused.date());
        assertTrue(refused.getMessage().startsWith("Case " + c.number() + ": Refused extension of 15 working days"),
                refused.getMessage());
        assertTrue(refused.getCause() instanceof io.github.govrules.calendar.deadline.IllegalClockOperationException);
        // Case.record checks the lifecycle only: the clock of such a case names the case
        Case built = c.record(tooLong);
        CaseClockException later = assertThrows(CaseClockException.class, () -> CaseClocks.clockOf(built, item, CN));
        assertEquals(refused.getMessage(), later.getMessage());
        assertEquals(refused.rule(), later.rule());
        // a lawful extension is recorded
        Case ok = CaseClocks.record(c, item, CN, new CaseEvent.Extended(LocalDateTime.of(2025, 10, 9, 9, 0), "b03",
                TimeLimit.workingDays(10), "head-qian", "complex case"));
        assertEquals(c.events().size() + 1, ok.events().size());
    }

    @Test
    void voidingStopsTheClockLikeAWithdrawal() {
        // renovation: accepted Mon 2025-09-29 and still in process; voided (duplicate) on Thu 2025-10-16
        Case open = CaseIo.example("renovation-tolerated-gap");
        ServiceItem item = itemOf(open);
        LocalDateTime at = LocalDateTime.of(2025, 10, 16, 15, 0);
        Case voided = CaseClocks.record(open, item, CN, new CaseEvent.Voided(at, "w05-chen", "duplicate of another case"));
        Case withdrawn = open.record(new CaseEvent.Withdrawn(at, "applicant", null));
        CaseClock openClock = CaseClocks.clockOf(open, item, CN).orElseThrow();
        CaseClock voidedClock = CaseClocks.clockOf(voided, item, CN).orElseThrow();
        assertTrue(openClock.completedOn().isEmpty());
        assertEquals(LocalDate.of(2025, 10, 16), voidedClock.completedOn().orElseThrow());
        CaseClock withdrawnClock = CaseClocks.clockOf(withdrawn, item, CN).orElseThrow();
        assertEquals(withdrawnClock.completedOn(), voidedClock.completedOn());
        assertEquals(withdrawnClock.promisedDue(), voidedClock.promisedDue());
        assertEquals(withdrawnClock.statutoryDue(), voidedClock.statutoryDue());
        // a voided case's clock takes no further event: voiding is final
        assertThrows(IllegalTransitionException.class, () -> CaseClocks.record(voided, item, CN,
                new CaseEvent.Resumed(at.plusDays(1), "b03")));
        // voided before acceptance: no clock at all
        Case unaccepted = CaseIo.example("gjj-bank-first-incomplete");
        Case voidedEarly = unaccepted.record(new CaseEvent.Voided(LocalDateTime.of(2025, 9, 19, 11, 0), "w01-wang", "test data"));
        assertTrue(CaseClocks.clockOf(voidedEarly, itemOf(voidedEarly), CN).isEmpty());
    }

    @Test
    void aVoidedCaseCarriesNoWarning() {
        // renovation: accepted Mon 2025-09-29, still in process when voided on Thu 2025-10-16, past its
        // promised due date; asked on 2025-12-01 the voided case must not be flagged (it was registered in error)
        Case open = CaseIo.example("renovation-tolerated-gap");
        ServiceItem item = itemOf(open);
        LocalDateTime at = LocalDateTime.of(2025, 10, 16, 15, 0);
        Case voided = CaseClocks.record(open, item, CN, new CaseEvent.Voided(at, "w05-chen", "duplicate of another case"));
        Case withdrawn = open.record(new CaseEvent.Withdrawn(at, "applicant", null));
        LocalDate day = LocalDate.of(2025, 12, 1);
        ClockStatus withdrawnStatus = CaseClocks.status(withdrawn, item, CN, day, WarningPolicy.DEFAULT).orElseThrow();
        assertTrue(withdrawnStatus.promised().overdue(), "the fixture must be past due when it ends");
        assertEquals(WarningLevel.RED, withdrawnStatus.warning(), "a withdrawn case keeps the lateness it had");
        ClockStatus voidedStatus = CaseClocks.status(voided, item, CN, day, WarningPolicy.DEFAULT).orElseThrow();
        assertEquals(WarningLevel.NONE, voidedStatus.warning());
        assertEquals(WarningLevel.NONE, voidedStatus.statutory().warning());
        assertEquals(WarningLevel.NONE, voidedStatus.promised().warning());
        assertEquals(WarningLevel.NONE, voidedStatus.stepWarning());
        // the clock's facts stay
        assertEquals(withdrawnStatus.promised().due(), voidedStatus.promised().due());
        assertEquals(withdrawnStatus.promised().overdueDays(), voidedStatus.promised().overdueDays());
        assertEquals(LocalDate.of(2025, 10, 16), voidedStatus.completedOn().orElseThrow());
        // on a day before the void too: the registration never was an application
        ClockStatus before = CaseClocks.status(voided, item, CN, LocalDate.of(2025, 10, 15), WarningPolicy.DEFAULT)
                .orElseThrow();
        assertEquals(WarningLevel.NONE, before.warning());
    }

    @Test
    void aRevocationLeavesTheCompletedClockAlone() {
        // printing licence: accepted 2025-09-19, completed on time 2025-10-09 (promised due 2025-10-10);
        // revoked two months later: still completed on 2025-10-09, on time
        Case approved = CaseIo.example("printing-licence-promised");
        ServiceItem item = itemOf(approved);
        Case revoked = CaseClocks.record(approved, item, CN, new CaseEvent.Revoked(LocalDateTime.of(2025, 12, 10, 9, 0),
                "w05-xu", "the promised premises certificate proved false", "《行政许可法》第六十九条第二款", "撤字〔2025〕1号"));
        assertEquals(CaseState.REVOKED, revoked.status().state());
        CaseClock before = CaseClocks.clockOf(approved, item, CN).orElseThrow();
        CaseClock after = CaseClocks.clockOf(revoked, item, CN).orElseThrow();
        assertEquals(before.completedOn(), after.completedOn());
        assertEquals(before.promisedDue(), after.promisedDue());
        assertEquals(before.statutoryDue(), after.statutoryDue());
        assertEquals(before.steps(), after.steps());
        assertEquals(LocalDate.of(2025, 10, 9), after.completedOn().orElseThrow());
        ClockStatus status = CaseClocks.status(revoked, item, CN, LocalDate.of(2025, 12, 10), WarningPolicy.DEFAULT)
                .orElseThrow();
        assertTrue(status.isCompletedOnTime());
    }
}
