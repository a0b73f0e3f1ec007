package io.github.govrules.core.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.IssuingUnit;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ServiceCenters;
import io.github.govrules.core.item.ServiceItem;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCenterTest {

    static final ServiceCenter CENTER = ServiceCenters.example();
    static final Catalog CATALOG = Catalogs.example();
    static final LocalDateTime T = LocalDateTime.of(2025, 9, 19, 10, 0);

    static ServiceItem itemOf(Case c) {
        return CATALOG.item(c.itemCode(), c.itemVersion());
    }

    @Test
    void exampleCenterRoundTripsAndCoversTheExampleCatalog() {
        assertEquals(CENTER, ServiceCenters.fromYaml(ServiceCenters.toYaml(CENTER), "round-trip.yaml"));
        for (String name : CaseIo.EXAMPLE_NAMES) {
            Case c = CaseIo.example(name);
            assertFalse(CENTER.windowsFor(HallAction.ACCEPT, c.itemCode()).isEmpty(), name);
        }
    }

    @Test
    void windowNotAuthorizedForTheItemIsATypedError() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
                () -> CENTER.accept(gjj, "W05", "w05-chen", T, null));
        assertEquals("W05", e.windowId());
        assertEquals(HallAction.ACCEPT, e.action());
        assertEquals(gjj.itemCode(), e.itemCode());
        assertEquals("Window W05 (文化市场窗口) is not authorized to ACCEPT item " + gjj.itemCode()
                + " (authorized to ACCEPT: 2 items)", e.getMessage());
    }

    @Test
    void crossRegionWindowMayAcceptButNotApprove() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        Case accepted = CENTER.accept(gjj, "W20", "w20-lin", T, "SL-1");
        assertEquals(CaseState.IN_PROCESS, accepted.status().state());
        NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
                () -> CENTER.decide(accepted, "W20", "b02-zhao", T.plusMinutes(5), Outcome.APPROVED, null));
        assertTrue(e.getMessage().endsWith("is not authorized to APPROVE item " + gjj.itemCode()
                + " (authorized to APPROVE: 0 items, none)"), e.getMessage());
    }

    @Test
    void personNotOnTheWindowStaffMayNotAccept() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
                () -> CENTER.accept(gjj, "W02", "w05-chen", T, null));
        assertEquals("Window W02 (住房公积金窗口): w05-chen is not on the window's staff [w01-wang, w02-sun] and may not ACCEPT there",
                e.getMessage());
    }

    @Test
    void acceptorMayNotApprove() {
        Case accepted = CENTER.accept(CaseIo.example("gjj-bank-first-incomplete"), "W02", "w01-wang", T, null);
        SeparationOfDutiesException e = assertThrows(SeparationOfDutiesException.class,
                () -> CENTER.decide(accepted, "W02", "w01-wang", T.plusMinutes(5), Outcome.APPROVED, null));
        assertEquals("Case GJJ-2025-000123: w01-wang accepted the case and may not also approve it (acceptance and approval are separate)",
                e.getMessage());
        Case decided = CENTER.decide(accepted, "W02", "b02-zhao", T.plusMinutes(5), Outcome.APPROVED, "TQ-1");
        assertEquals(CaseState.COMPLETED, decided.status().state());
        assertEquals("b02-zhao", Duties.approverOf(decided).orElseThrow());
    }

    @Test
    void aDecisionWithEveryDetailIsCheckedLikeAnyOther() {
        Case accepted = CENTER.accept(CaseIo.example("gjj-bank-first-incomplete"), "W02", "w01-wang", T, null);
        IssuingUnit unit = new IssuingUnit("某住房公积金管理中心");
        CaseEvent.Completed byAcceptor = new CaseEvent.Completed(T.plusMinutes(5), "w01-wang", Outcome.APPROVED, "TQ-3",
                null, "提取通知书", unit, 0L);
        assertThrows(SeparationOfDutiesException.class, () -> CENTER.decide(accepted, "W02", byAcceptor));
        CaseEvent.Completed byNobody = new CaseEvent.Completed(T.plusMinutes(5), "nobody-at-all", Outcome.APPROVED, "TQ-3",
                null, "提取通知书", unit, 0L);
        assertThrows(NotAuthorizedException.class, () -> CENTER.decide(accepted, "W02", byNobody));
        assertThrows(NotAuthorizedException.class, () -> CENTER.decide(accepted, "W20", new CaseEvent.Completed(
                T.plusMinutes(5), "b02-zhao", Outcome.APPROVED, "TQ-3", null, "提取通知书", unit, 0L)));
        CaseEvent.Completed decision = new CaseEvent.Completed(T.plusMinutes(5), "b02-zhao", Outcome.APPROVED, "TQ-3",
                null, "提取通知书", unit, 0L);
        Case decided = CENTER.decide(accepted, "W02", decision);
        assertEquals(CaseState.COMPLETED, decided.status().state());
        assertEquals(decision, decided.events().get(decided.events().size() - 1));
        assertEquals(accepted.events().size() + 1, decided.events().size());
    }

    /** Accepted by w01-wang at W02, approved by w02-sun (back office under W02's authorization). */
    static Case approvedGjj() {
        Case accepted = CENTER.accept(CaseIo.example("gjj-bank-first-incomplete"), "W02", "w01-wang", T, null);
        return CENTER.decide(accepted, "W02", "w02-sun", T.plusMinutes(10), Outcome.APPROVED, "TQ-2");
    }

    @Test
    void approverMayNotStampAndNothingIsRecorded() {
        Case c = approvedGjj();
        SealLedger ledger = SealLedger.empty();
        SeparationOfDutiesException e = assertThrows(SeparationOfDutiesException.class, () -> CENTER.stamp(ledger, c,
                itemOf(c), "W02", "w02-sun", "S-GJJ-SP", SealDocument.DECISION, T.plusMinutes(15)));
        assertEquals("Case GJJ-2025-000123: w02-sun approved the case and may not also stamp it (approval and stamping are separate)",
                e.getMessage());
        assertEquals(List.of(), ledger.uses());
    }

    @Test
    void stampingIsRecordedInTheLedger() {
        Case c = approvedGjj();
        SealLedger ledger = CENTER.stamp(SealLedger.empty(), c, itemOf(c), "W02", "w01-wang", "S-GJJ-SP",
                SealDocument.DECISION, T.plusMinutes(15));
        assertEquals(List.of(new SealUse("S-GJJ-SP", "w01-wang", T.plusMinutes(15), "GJJ-2025-000123", SealDocument.DECISION)),
                ledger.uses());
        assertEquals(ledger, ServiceCenters.ledgerFromJson(ServiceCenters.toJson(ledger), "ledger.json"));
        assertEquals(1, ledger.usesFor("GJJ-2025-000123").size());
    }

    @Test
    void decisionCannotBeStampedBeforeApproval() {
        Case accepted = CENTER.accept(CaseIo.example("gjj-bank-first-incomplete"), "W02", "w01-wang", T, null);
        SealMisuseException e = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), accepted,
                itemOf(accepted), "W02", "w02-sun", "S-GJJ-SP", SealDocument.DECISION, T.plusMinutes(15)));
        assertTrue(e.getMessage().endsWith("cannot be used before the case is completed APPROVED (state IN_PROCESS)"),
                e.getMessage());
        // the acceptance notice may be stamped at once (Art. 32: special seal and date)
        assertEquals(1, CENTER.stamp(SealLedger.empty(), accepted, itemOf(accepted), "W02", "w01-wang", "S-GJJ-SP",
                SealDocument.ACCEPTANCE_NOTICE, T.plusMinutes(1)).uses().size());
    }

    @Test
    void sealOfAnotherDepartmentIsRefused() {
        Case c = approvedGjj();
        SealMisuseException e = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), c,
                itemOf(c), "W02", "w01-wang", "S-CULTURE-SP", SealDocument.DECISION, T.plusMinutes(15)));
        assertTrue(e.getMessage().contains("belongs to 示例区文化和广电旅游体育局, not to the implementing body 示例市住房公积金管理中心示例分中心"),
                e.getMessage());
    }

    @Test
    void changedSealIsRefused() {
        Case c = CaseIo.example("printing-licence-promised");
        SealMisuseException e = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), c,
                itemOf(c), "W05", "w05-xu", "S-CULTURE-OLD", SealDocument.DECISION, LocalDateTime.of(2025, 10, 9, 11, 0)));
        assertEquals("Case WH-2025-000311, DECISION: seal S-CULTURE-OLD (示例区文化和广电旅游体育局行政审批专用章（旧）) is CHANGED since 2024-07-01 and may not be used on 2025-10-09",
                e.getMessage());
    }

    @Test
    void revocationNeedsTheOfficialSeal() {
        Case approved = CaseIo.example("printing-licence-promised");
        Case c = approved.record(new CaseEvent.Revoked(LocalDateTime.of(2025, 12, 1, 9, 30), "w05-xu",
                "the promised premises certificate proved false", "行政许可法第六十九条第二款", "撤字〔2025〕1号"));
        LocalDateTime at = LocalDateTime.of(2025, 12, 1, 10, 0);
        SealMisuseException e = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), c,
                itemOf(c), "W05", "w05-xu", "S-CULTURE-SP", SealDocument.REVOCATION, at));
        assertTrue(e.getMessage().endsWith("is SPECIAL_APPROVAL but the document needs OFFICIAL: revocation and cancellation decisions carry the official seal (公章)"),
                e.getMessage());
        // stamped by someone other than the revoker (w05-xu)
        assertEquals(1, CENTER.stamp(SealLedger.empty(), c, itemOf(c), "W05", "w05-chen", "S-CULTURE-OF",
                SealDocument.REVOCATION, at).uses().size());
    }

    @Test
    void aRevocationDecisionDocumentsTheRevokedEvent() {
        Case approved = CaseIo.example("printing-licence-promised");
        LocalDateTime revokedAt = LocalDateTime.of(2025, 12, 1, 9, 30);
        // no revocation recorded: nothing to stamp
        SealMisuseException none = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), approved,
                itemOf(approved), "W05", "w05-xu", "S-CULTURE-OF", SealDocument.REVOCATION, revokedAt));
        assertEquals("Case WH-2025-000311, REVOCATION: seal S-CULTURE-OF (" + CENTER.seal("S-CULTURE-OF").name()
                + ") cannot be used: the case records no revocation (state COMPLETED)", none.getMessage());
        Case revoked = approved.record(new CaseEvent.Revoked(revokedAt, "w05-xu", "promise proved false",
                "行政许可法第六十九条第二款", null));
        // not dated before the revocation it documents
        SealMisuseException early = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), revoked,
                itemOf(revoked), "W05", "w05-xu", "S-CULTURE-OF", SealDocument.REVOCATION, revokedAt.minusMinutes(1)));
        assertTrue(early.getMessage().endsWith(": the stamp at 2025-12-01T09:29 is dated before the revocation it documents, at "
                + "2025-12-01T09:30"), early.getMessage());
        // the revoked approval's decision can no longer be stamped
        SealMisuseException decision = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), revoked,
                itemOf(revoked), "W05", "w05-xu", "S-CULTURE-SP", SealDocument.DECISION, revokedAt.plusHours(1)));
        assertTrue(decision.getMessage().endsWith("cannot be used at 2025-12-01T10:30: the approval was revoked (撤销) at "
                + "2025-12-01T09:30 (state REVOKED); after a revocation only the revocation decision (REVOCATION) and the "
                + "cancellation (CANCELLATION) may be stamped"), decision.getMessage());
        // before the revocation the decision could be stamped
        assertEquals(1, CENTER.stamp(SealLedger.empty(), approved, itemOf(approved), "W05", "w05-xu", "S-CULTURE-SP",
                SealDocument.DECISION, revokedAt.plusHours(1)).uses().size());
    }

    @Test
    void theDecisionOfALaterRevokedApprovalWasRightlyStampedBeforeTheRevocation() {
        // completed (approved) 2025-10-09 10:00, decision stamped 10:05, approval revoked 2025-11-08:
        // the case is judged as it stood at the stamp, not as it stands today
        Case approved = CaseIo.example("printing-licence-promised");
        LocalDateTime revokedAt = LocalDateTime.of(2025, 11, 8, 9, 0);
        Case revoked = approved.record(new CaseEvent.Revoked(revokedAt, "w05-xu", "promise proved false",
                "行政许可法第六十九条第二款", null));
        ServiceItem item = itemOf(revoked);
        LocalDateTime stampedAt = LocalDateTime.of(2025, 10, 9, 10, 5);
        assertEquals(1, CENTER.stamp(SealLedger.empty(), revoked, item, "W05", "w05-xu", "S-CULTURE-SP",
                SealDocument.DECISION, stampedAt).uses().size());
        // but not dated before the completion it documents
        SealMisuseException early = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(),
                revoked, item, "W05", "w05-xu", "S-CULTURE-SP", SealDocument.DECISION, stampedAt.minusHours(1)));
        assertTrue(early.getMessage().endsWith(": the stamp at 2025-10-09T09:05 is dated before the completion it "
                + "documents, at 2025-10-09T10:00"), early.getMessage());
        // at the moment of the revocation and after it, no more decisions or notices
        for (LocalDateTime at : List.of(revokedAt, revokedAt.plusDays(1))) {
            SealMisuseException decision = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(),
                    revoked, item, "W05", "w05-xu", "S-CULTURE-SP", SealDocument.DECISION, at));
            assertTrue(decision.getMessage().contains("the approval was revoked (撤销) at 2025-11-08T09:00"),
                    decision.getMessage());
            SealMisuseException notice = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(),
                    revoked, item, "W05", "w05-chen", "S-CULTURE-SP", SealDocument.ACCEPTANCE_NOTICE, at));
            assertEquals("Case WH-2025-000311, ACCEPTANCE_NOTICE: seal S-CULTURE-SP (" + CENTER.seal("S-CULTURE-SP").name()
                    + ") cannot be used at " + at + ": the approval was revoked (撤销) at 2025-11-08T09:00 (state REVOKED); "
                    + "after a revocation only the revocation decision (REVOCATION) and the cancellation (CANCELLATION) "
                    + "may be stamped", notice.getMessage());
        }
        // the revocation and the cancellation it entails (Art. 70(4)) may be
        assertEquals(1, CENTER.stamp(SealLedger.empty(), revoked, item, "W05", "w05-chen", "S-CULTURE-OF",
                SealDocument.REVOCATION, revokedAt.plusHours(1)).uses().size());
        assertEquals(1, CENTER.stamp(SealLedger.empty(), revoked, item, "W05", "w05-chen", "S-CULTURE-OF",
                SealDocument.CANCELLATION, revokedAt.plusHours(2)).uses().size());
    }

    @Test
    void nothingIsStampedOnAVoidedCaseOnOrAfterTheVoid() {
        // the printing licence as it stood in process (accepted 2025-09-19), voided as a duplicate on 2025-09-30
        Case inProcess = CaseIo.example("printing-licence-promised").before(LocalDateTime.of(2025, 9, 27, 0, 0));
        assertEquals(CaseState.IN_PROCESS, inProcess.status().state());
        LocalDateTime voidedAt = LocalDateTime.of(2025, 9, 30, 10, 0);
        Case voided = inProcess.record(new CaseEvent.Voided(voidedAt, "w05-chen", "duplicate of WH-2025-000310"));
        ServiceItem item = itemOf(voided);
        // the acceptance notice stamped before the void stands
        assertEquals(1, CENTER.stamp(SealLedger.empty(), voided, item, "W05", "w05-chen", "S-CULTURE-SP",
                SealDocument.ACCEPTANCE_NOTICE, LocalDateTime.of(2025, 9, 19, 9, 30)).uses().size());
        for (LocalDateTime at : List.of(voidedAt, voidedAt.plusDays(3))) {
            SealMisuseException notice = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(),
                    voided, item, "W05", "w05-chen", "S-CULTURE-SP", SealDocument.ACCEPTANCE_NOTICE, at));
            assertEquals("Case WH-2025-000311, ACCEPTANCE_NOTICE: seal S-CULTURE-SP (" + CENTER.seal("S-CULTURE-SP").name()
                    + ") cannot be used at " + at + ": the case was voided (作废) at 2025-09-30T10:00 by w05-chen "
                    + "(duplicate of WH-2025-000310); a voided case never was an application and no document of it is "
                    + "stamped on or after the void", notice.getMessage());
            SealMisuseException cancellation = assertThrows(SealMisuseException.class, () -> CENTER.stamp(
                    SealLedger.empty(), voided, item, "W05", "w05-xu", "S-CULTURE-OF", SealDocument.CANCELLATION, at));
            assertTrue(cancellation.getMessage().contains("S-CULTURE-OF") && cancellation.getMessage().contains(
                    "the case was voided (作废) at 2025-09-30T10:00"), cancellation.getMessage());
        }
    }

    @Test
    void regionPicksTheRegionalCalendarWhenTheRegistryHasOne() {
        assertEquals(CalendarId.of("CN-ZJ"), CENTER.regionalCalendarId());
        assertEquals(CalendarId.CN,
                CENTER.calendar(Calendars.standard()).id());
        ServiceCenter urumqi = new ServiceCenter("示例乌鲁木齐市政务服务中心", "650100", CENTER.windows(), List.of(), List.of());
        assertEquals(CalendarId.CN_XJ,
                urumqi.calendar(Calendars.standard()).id());
        // a 65xxxx center gets 2026 due dates, with Xinjiang's Eid days: from Thursday 2026-03-19 one
        // working day is Monday 03-23 (肉孜节 03-20..22), nationally Friday 03-20
        assertEquals(java.time.LocalDate.of(2026, 3, 23), io.github.govrules.calendar.deadline.Deadlines.dueDate(
                urumqi.calendar(Calendars.standard()), java.time.LocalDate.of(2026, 3, 19),
                io.github.govrules.calendar.deadline.TimeLimit.workingDays(1)));
        assertEquals(java.time.LocalDate.of(2026, 3, 20), Calendars.cn().shift(java.time.LocalDate.of(2026, 3, 19), 1));
        // Guangxi (45xxxx) and Ningxia (64xxxx) centers get their overlays too
        assertEquals(CalendarId.CN_GX, new ServiceCenter("示例南宁市政务服务中心", "450100", CENTER.windows(), List.of(),
                List.of()).calendar(Calendars.standard()).id());
        assertEquals(CalendarId.CN_NX, new ServiceCenter("示例银川市政务服务中心", "640100", CENTER.windows(), List.of(),
                List.of()).calendar(Calendars.standard()).id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServiceCenter("x", "990000", CENTER.windows(), List.of(), List.of()).regionalCalendarId());
        assertTrue(e.getMessage().contains("does not start with a province-level division code"), e.getMessage());
    }

    @Test
    void unknownWindowAndSealAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CENTER.window("W99"));
        assertTrue(e.getMessage().contains("has no window W99 (windows: [W01, W02, W05, W10, W20])"), e.getMessage());
        assertTrue(CENTER.findSeal("nope").isEmpty());
    }

    @Test
    void aDecisionStampDatedBeforeTheDecisionIsRefused() {
        Case c = approvedGjj(); // approved at T + 10 min
        SealMisuseException e = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), c,
                itemOf(c), "W02", "w01-wang", "S-GJJ-SP", SealDocument.DECISION, T.plusMinutes(5)));
        assertTrue(e.getMessage().endsWith(": the stamp at 2025-09-19T10:05 is dated before the completion it documents, at "
                + "2025-09-19T10:10"), e.getMessage());
        assertEquals(1, CENTER.stamp(SealLedger.empty(), c, itemOf(c), "W02", "w01-wang", "S-GJJ-SP",
                SealDocument.DECISION, T.plusMinutes(10)).uses().size());
    }

    @Test
    void aNoticeNeedsTheEventItDocuments() {
        Case received = CaseIo.example("gjj-bank-first-incomplete");
        ServiceItem item = itemOf(received);
        SealMisuseException acceptance = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(),
                received, item, "W02", "w01-wang", "S-GJJ-SP", SealDocument.ACCEPTANCE_NOTICE, T));
        assertTrue(acceptance.getMessage().endsWith("cannot be used: the case records no acceptance (state "
                + received.status().state() + ")"), acceptance.getMessage());
        for (SealDocument notice : List.of(SealDocument.NON_ACCEPTANCE_NOTICE, SealDocument.CORRECTION_NOTICE)) {
            Case approved = approvedGjj();
            SealMisuseException e = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(),
                    approved, item, "W02", "w01-wang", "S-GJJ-SP", notice, T.plusMinutes(20)));
            assertTrue(e.getMessage().contains("cannot be used: the case records no "), notice + ": " + e.getMessage());
        }
        Case accepted = CENTER.accept(received, "W02", "w01-wang", T, null);
        SealMisuseException early = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(),
                accepted, item, "W02", "w01-wang", "S-GJJ-SP", SealDocument.ACCEPTANCE_NOTICE, T.minusMinutes(1)));
        assertTrue(early.getMessage().contains("is dated before the acceptance it documents"), early.getMessage());
    }

    @Test
    void aSealIsUsableOnlyBetweenItsEnablingAndItsChange() {
        Seal enabledLater = new Seal("S-NEW", "新章", SealKind.SPECIAL_APPROVAL, "某局", "张三", SealState.ENABLED,
                java.time.LocalDate.of(2030, 1, 1));
        assertFalse(enabledLater.usableOn(java.time.LocalDate.of(2029, 12, 31)));
        assertTrue(enabledLater.usableOn(java.time.LocalDate.of(2030, 1, 1)));
        Seal changedLater = new Seal("S-OLD", "旧章", SealKind.SPECIAL_APPROVAL, "某局", "张三", SealState.CHANGED,
                java.time.LocalDate.of(2030, 1, 1));
        assertTrue(changedLater.usableOn(java.time.LocalDate.of(2029, 12, 31)));
        assertFalse(changedLater.usableOn(java.time.LocalDate.of(2030, 1, 1)));
    }

    @Test
    void aUseDatedBeforeTheLedgersLastEntryIsATypedErrorAndNothingIsEntered() {
        Case c = approvedGjj();
        SealLedger ledger = CENTER.stamp(SealLedger.empty(), c, itemOf(c), "W02", "w01-wang", "S-GJJ-SP",
                SealDocument.DECISION, T.plusMinutes(30));
        SealMisuseException e = assertThrows(SealMisuseException.class, () -> CENTER.stamp(ledger, c, itemOf(c), "W02",
                "w01-wang", "S-GJJ-SP", SealDocument.ACCEPTANCE_NOTICE, T.plusMinutes(20)));
        assertTrue(e.getMessage().endsWith("a use at 2025-09-19T10:20 is dated before the ledger's last entry at "
                + "2025-09-19T10:30 (case GJJ-2025-000123); the ledger is kept in time order"), e.getMessage());
        assertEquals(1, ledger.uses().size());
    }

    @Test
    void anUnknownWindowOrSealIsATypedError() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        NotAuthorizedException w = assertThrows(NotAuthorizedException.class, () -> CENTER.accept(gjj, "W99", "w01-wang", T, null));
        assertEquals("W99", w.windowId());
        assertTrue(w.getMessage().startsWith("Service center '" + CENTER.name() + "' has no window W99 (windows: [W01"),
                w.getMessage());
        Case c = approvedGjj();
        SealMisuseException s = assertThrows(SealMisuseException.class, () -> CENTER.stamp(SealLedger.empty(), c,
                itemOf(c), "W02", "w01-wang", "S-NONE", SealDocument.DECISION, T.plusMinutes(15)));
        assertTrue(s.getMessage().contains("keeps no seal S-NONE (seals: ["), s.getMessage());
    }

    @Test
    void onlyTheWindowsApproversMayApproveUnderItsAuthorization() {
        Case accepted = CENTER.accept(CaseIo.example("gjj-bank-first-incomplete"), "W02", "w01-wang", T, null);
        NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
                () -> CENTER.decide(accepted, "W02", "nobody-at-all", T.plusMinutes(5), Outcome.APPROVED, null));
        assertEquals(HallAction.APPROVE, e.action());
        assertEquals("Window W02 (住房公积金窗口): nobody-at-all is not among the window's approvers [w01-wang, w02-sun, b02-zhao]"
                + " and may not APPROVE under its authorization", e.getMessage());
        assertEquals(CaseState.IN_PROCESS, accepted.status().state());
        // an approver need not staff the window
        assertFalse(CENTER.window("W02").staff().contains("b02-zhao"));
        assertEquals(CaseState.COMPLETED, CENTER.decide(accepted, "W02", "b02-zhao", T.plusMinutes(5), Outcome.APPROVED, null)
                .status().state());
    }

    // --- voiding (作废) and revoking (撤销) through the hall ---

    static final String BASIS = "《中华人民共和国行政许可法》第六十九条第二款";

    @Test
    void staffOfAnAcceptingWindowVoidACaseRegisteredInError() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        Case voided = CENTER.voidCase(gjj, "W02", "w01-wang", T, "duplicate of GJJ-2025-000122");
        assertEquals(CaseState.VOIDED, voided.status().state());
        assertEquals(new CaseEvent.Voided(T, "w01-wang", "duplicate of GJJ-2025-000122"),
                voided.events().get(voided.events().size() - 1));
        // in process too, by another window that may accept the item
        Case accepted = CENTER.accept(gjj, "W02", "w01-wang", T, null);
        assertEquals(CaseState.VOIDED, CENTER.voidCase(accepted, "W20", "w20-lin", T.plusMinutes(1), "wrong item").status().state());
    }

    @Test
    void aWindowWithoutTheAcceptAuthorizationMayNotVoidAndNothingIsRecorded() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
                () -> CENTER.voidCase(gjj, "W05", "w05-chen", T, "duplicate"));
        assertEquals("W05", e.windowId());
        assertEquals(HallAction.ACCEPT, e.action());
        assertEquals(gjj.itemCode(), e.itemCode());
        assertEquals("Case GJJ-2025-000123: only the staff of a window authorized to ACCEPT its item may void it (作废): "
                + "Window W05 (文化市场窗口) is not authorized to ACCEPT item " + gjj.itemCode()
                + " (authorized to ACCEPT: 2 items)", e.getMessage());
        assertEquals(CaseState.RECEIVED, gjj.status().state());
    }

    @Test
    void onlyTheWindowsStaffMayVoid() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        // an approver of the window is not its staff
        NotAuthorizedException e = assertThrows(NotAuthorizedException.class,
                () -> CENTER.voidCase(gjj, "W02", "b02-zhao", T, "duplicate"));
        assertEquals("Case GJJ-2025-000123: only the staff of a window authorized to ACCEPT its item may void it (作废): "
                + "Window W02 (住房公积金窗口): b02-zhao is not on the window's staff [w01-wang, w02-sun] and may not ACCEPT there",
                e.getMessage());
        NotAuthorizedException unknown = assertThrows(NotAuthorizedException.class,
                () -> CENTER.voidCase(gjj, "W99", "w01-wang", T, "duplicate"));
        assertTrue(unknown.getMessage().contains("may void it (作废): Service center '" + CENTER.name() + "' has no window W99"),
                unknown.getMessage());
    }

    @Test
    void voidingNeedsAReasonAndAnOpenCase() {
        Case gjj = CaseIo.example("gjj-bank-first-incomplete");
        assertThrows(IllegalArgumentException.class, () -> CENTER.voidCase(gjj, "W02", "w01-wang", T, " "));
        assertThrows(NullPointerException.class, () -> CENTER.voidCase(gjj, "W02", "w01-wang", T, null));
        Case approved = approvedGjj();
        io.github.govrules.core.cases.IllegalTransitionException e = assertThrows(
                io.github.govrules.core.cases.IllegalTransitionException.class,
                () -> CENTER.voidCase(approved, "W02", "w01-wang", T.plusHours(1), "duplicate"));
        assertEquals(CaseState.COMPLETED, e.state());
        assertEquals("voided", e.event());
    }

    /** Review: the person who decided a revocation could stamp the revocation decision (and the cancellation) too. */
    @Test
    void whoRevokedMayNotStampTheRevocation() {
        Case approved = CaseIo.example("printing-licence-promised"); // approved by b07-liu
        LocalDateTime at = LocalDateTime.of(2025, 12, 1, 9, 30);
        Case revoked = approved.record(new CaseEvent.Revoked(at, "w05-xu", "the promised premises certificate proved false",
                BASIS, null));
        for (SealDocument document : List.of(SealDocument.REVOCATION, SealDocument.CANCELLATION)) {
            SeparationOfDutiesException e = assertThrows(SeparationOfDutiesException.class, () -> CENTER.stamp(
                    SealLedger.empty(), revoked, itemOf(revoked), "W05", "w05-xu", "S-CULTURE-OF", document, at.plusHours(1)));
            assertEquals("Case WH-2025-000311: w05-xu revoked the approval and may not also stamp the " + document
                    + " (the decision and the stamping are separate)", e.getMessage());
        }
        // someone else may
        assertEquals(1, CENTER.stamp(SealLedger.empty(), revoked, itemOf(revoked), "W05", "w05-chen", "S-CULTURE-OF",
                SealDocument.REVOCATION, at.plusHours(1)).uses().size());
    }

    @Test
    void anApproverOfTheWindowRevokesAnApproval() {
        Case approved = CaseIo.example("printing-licence-promised");
        LocalDateTime at = LocalDateTime.of(2025, 12, 1, 9, 30);
        Case revoked = CENTER.revoke(approved, "W05", "b05-liu", at, "the promised premises certificate proved false",
                BASIS, "撤字〔2025〕第1号");
        assertEquals(CaseState.REVOKED, revoked.status().state());
        assertEquals(new CaseEvent.Revoked(at, "b05-liu", "the promised premises certificate proved false", BASIS,
                "撤字〔2025〕第1号"), revoked.events().get(revoked.events().size() - 1));
        // the decision number is optional; the approver who decided may revoke
        Case gjj = approvedGjj(); // approved by w02-sun
        assertEquals(CaseState.REVOKED, CENTER.revoke(gjj, "W02", "w02-sun", T.plusDays(1), "deception", BASIS, null)
                .status().state());
        // and the revocation decision can then be stamped with the official seal
        assertEquals(1, CENTER.stamp(SealLedger.empty(), revoked, itemOf(revoked), "W05", "w05-xu", "S-CULTURE-OF",
                SealDocument.REVOCATION, at.plusHours(1)).uses().size());
    }

    @Test
    void onlyAnApproverEntitledToDecideMayRevoke() {
        Case approved = CaseIo.example("printing-licence-promised");
        LocalDateTime at = LocalDateTime.of(2025, 12, 1, 9, 30);
        // staff of the window are not its approvers
        NotAuthorizedException staff = assertThrows(NotAuthorizedException.class,
                () -> CENTER.revoke(approved, "W05", "w05-xu", at, "promise proved false", BASIS, null));
        assertEquals(HallAction.APPROVE, staff.action());
        assertEquals("Case WH-2025-000311: only an approver entitled to APPROVE its item at the window may revoke its "
                + "approval (撤销): Window W05 (文化市场窗口): w05-xu is not among the window's approvers [b05-liu] and may "
                + "not APPROVE under its authorization", staff.getMessage());
        // a window without the APPROVE authorization for the item
        Case gjj = approvedGjj();
        NotAuthorizedException window = assertThrows(NotAuthorizedException.class,
                () -> CENTER.revoke(gjj, "W20", "b02-zhao", T.plusDays(1), "deception", BASIS, null));
        assertEquals("W20", window.windowId());
        assertTrue(window.getMessage().startsWith("Case GJJ-2025-000123: only an approver entitled to APPROVE its item at "
                + "the window may revoke its approval (撤销): Window W20 "), window.getMessage());
        assertTrue(window.getMessage().endsWith("is not authorized to APPROVE item " + gjj.itemCode()
                + " (authorized to APPROVE: 0 items, none)"), window.getMessage());
        assertEquals(CaseState.COMPLETED, gjj.status().state());
    }

    @Test
    void theAcceptorMayNotRevoke() {
        // w01-wang accepted at W02 and is among W02's approvers, so only separation of duties stops it
        Case gjj = approvedGjj();
        SeparationOfDutiesException e = assertThrows(SeparationOfDutiesException.class,
                () -> CENTER.revoke(gjj, "W02", "w01-wang", T.plusDays(1), "deception", BASIS, null));
        assertEquals("GJJ-2025-000123", e.caseNumber());
        assertEquals("w01-wang", e.person());
        assertEquals("Case GJJ-2025-000123: w01-wang accepted the case and may not also revoke its approval (撤销 is a "
                + "decision like the approval; acceptance and approval are separate)", e.getMessage());
    }

    @Test
    void onlyAnApprovalIsRevokedAndWithItsBasis() {
        Case accepted = CENTER.accept(CaseIo.example("gjj-bank-first-incomplete"), "W02", "w01-wang", T, null);
        Case refused = CENTER.decide(accepted, "W02", "b02-zhao", T.plusMinutes(10), Outcome.REFUSED, null);
        io.github.govrules.core.cases.IllegalTransitionException e = assertThrows(
                io.github.govrules.core.cases.IllegalTransitionException.class,
                () -> CENTER.revoke(refused, "W02", "b02-zhao", T.plusDays(1), "deception", BASIS, null));
        assertTrue(e.getMessage().contains("only an approval can be revoked"), e.getMessage());
        io.github.govrules.core.cases.IllegalTransitionException inProcess = assertThrows(
                io.github.govrules.core.cases.IllegalTransitionException.class,
                () -> CENTER.revoke(accepted, "W02", "b02-zhao", T.plusDays(1), "deception", BASIS, null));
        assertEquals(CaseState.IN_PROCESS, inProcess.state());
        Case approved = approvedGjj();
        assertThrows(IllegalArgumentException.class,
                () -> CENTER.revoke(approved, "W02", "b02-zhao", T.plusDays(1), "deception", " ", null));
        assertThrows(IllegalArgumentException.class,
                () -> CENTER.revoke(approved, "W02", "b02-zhao", T.plusDays(1), "deception", BASIS, ""));
        assertThrows(NullPointerException.class,
                () -> CENTER.revoke(approved, "W02", "b02-zhao", T.plusDays(1), null, BASIS, null));
    }
}
