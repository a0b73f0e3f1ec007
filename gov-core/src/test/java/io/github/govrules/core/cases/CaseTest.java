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
}
