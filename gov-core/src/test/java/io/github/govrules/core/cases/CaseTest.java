package io.github.govrules.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.PartyType;
import io.github.govrules.core.item.ServiceChannel;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseTest {

    @Test
    void recordAppendsWithoutChangingTheOriginal() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        Case next = c.record(new CaseEvent.CorrectionRequested(LocalDateTime.of(2025, 9, 19, 9, 40), "w01-wang",
                List.of("loan-contract", "repayment-passbook"), "BZ-20250919-001"));
        assertEquals(CaseState.RECEIVED, c.status().state());
        assertEquals(CaseState.AWAITING_CORRECTION, next.status().state());
        assertEquals(c.events().size() + 1, next.events().size());
    }

    @Test
    void illegalRecordNamesCaseStateEventAndIndex() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> c.record(
                new CaseEvent.Delivered(LocalDateTime.of(2025, 9, 19, 10, 0), "w01-wang", ServiceChannel.WINDOW)));
        assertEquals(CaseState.RECEIVED, e.state());
        assertEquals("delivered", e.event());
        assertEquals(1, e.eventIndex());
        assertTrue(e.getMessage().startsWith("Case GJJ-2025-000123: event 'delivered' at 2025-09-19T10:00 is not allowed in state RECEIVED"),
                e.getMessage());
    }

    @Test
    void submittedCountsIncludeSupplements() {
        Case c = CaseIo.example("investment-project-joint");
        assertEquals(1, c.submittedCount("eia-approval", MaterialForm.COPY));
        assertEquals(0, c.submittedCount("eia-approval", MaterialForm.ORIGINAL));
        assertEquals(1, c.submittedCount("application-report", MaterialForm.ELECTRONIC));
    }

    @Test
    void partiesCheckTheirDocuments() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () ->
                new Party("张伟", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, "110105194912310020", null));
        assertEquals("idNumber '110105194912310020' is not a valid resident ID number (18 characters, check character X expected)",
                bad.getMessage());
        Party ok = new Party("张伟", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, "11010519491231002X", null);
        assertEquals("11010519491231002X", ok.idNumber());
        assertThrows(IllegalArgumentException.class, () ->
                new Party("示例公司", PartyType.LEGAL_PERSON, IdType.UNIFIED_SOCIAL_CREDIT_CODE, "91350100M000100Y44", null));
        assertEquals("91350100M000100Y43", new Party("示例公司", PartyType.LEGAL_PERSON,
                IdType.UNIFIED_SOCIAL_CREDIT_CODE, "91350100M000100Y43", null).idNumber());
    }

    @Test
    void aPartyBornAfterTheApplicationIsRefusedAgainstTheCasesOwnDateNotTheClock() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        String applied = c.appliedAt().toLocalDate().toString().replace("-", "");
        String sameDay = IdentityNumbersTest.withBirth(applied);
        Case born = new Case(c.number(), c.itemCode(), c.itemVersion(), c.nationalType(), c.kind(),
                new Party("张伟", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, sameDay, null), c.agent(),
                c.legalRepresentative(), c.situations(), c.materials(), c.channel(), c.appliedAt(), c.projectCode(),
                c.region(), c.events());
        assertEquals(sameDay, born.applicant().idNumber());
        String nextDay = IdentityNumbersTest.withBirth(c.appliedAt().toLocalDate().plusDays(1).toString().replace("-", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Case(c.number(), c.itemCode(),
                c.itemVersion(), c.nationalType(), c.kind(), new Party("张伟", PartyType.NATURAL_PERSON,
                IdType.RESIDENT_ID_CARD, nextDay, null), c.agent(), c.legalRepresentative(), c.situations(), c.materials(),
                c.channel(), c.appliedAt(), c.projectCode(), c.region(), c.events()));
        assertEquals("applicant idNumber '" + nextDay + "' encodes the birth date " + c.appliedAt().toLocalDate().plusDays(1)
                + ", after the application on " + c.appliedAt().toLocalDate() + " (case " + c.number() + ")", e.getMessage());
    }

    @Test
    void anEventBeforeTheApplicationIsAnIllegalTransitionAndTheCaseIsUnchanged() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        LocalDateTime before = c.appliedAt().minusMinutes(1);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> c.record(
                new CaseEvent.CorrectionRequested(before, "w01-wang", List.of("loan-contract"), "BZ-1")));
        assertEquals(c.status().state(), e.state());
        assertEquals(c.events().size(), e.eventIndex());
        assertEquals("Case GJJ-2025-000123: event 'correction-requested' at " + before + " is before the application at "
                + c.appliedAt(), e.getMessage());
        assertEquals(CaseState.RECEIVED, c.status().state());
    }

    @Test
    void aGapOrMissingMaterialListedTwiceIsRefused() {
        LocalDateTime at = LocalDateTime.of(2025, 9, 19, 10, 0);
        IllegalArgumentException gaps = assertThrows(IllegalArgumentException.class, () -> new CaseEvent.AcceptedWithGaps(
                at, "w01-wang", List.of("loan-contract", "loan-contract"), at.toLocalDate().plusDays(5)));
        assertEquals("gaps contains 'loan-contract' more than once", gaps.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () ->
                new CaseEvent.CorrectionRequested(at, "w01-wang", List.of("id-card", "id-card"), "BZ-1"));
        assertEquals("missing contains 'id-card' more than once", missing.getMessage());
    }

    @Test
    void aBlankOptionalTextIsRefusedSoThatWritingAndReadingGiveAnEqualCase() {
        LocalDateTime at = LocalDateTime.of(2025, 9, 19, 10, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CaseEvent.Accepted(at, "w01-wang", " "));
        assertEquals("receiptNumber must not be blank: leave it out when there is none", e.getMessage());
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        Case accepted = c.record(new CaseEvent.Accepted(at, "w01-wang", null));
        assertEquals(accepted, CaseIo.fromJson(CaseIo.toJson(accepted), "round-trip.json"));
    }

    @Test
    void aCaseThatBreaksAConstraintIsNotWritten() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        Case blankStaff = c.record(new CaseEvent.Accepted(LocalDateTime.of(2025, 9, 19, 10, 0), "  ", null));
        io.github.govrules.core.io.ModelValidationException e = assertThrows(
                io.github.govrules.core.io.ModelValidationException.class, () -> CaseIo.toJson(blankStaff));
        assertEquals("writing Case: 1 violation: $.events[1].by: must not be blank", e.getMessage());
    }
}
