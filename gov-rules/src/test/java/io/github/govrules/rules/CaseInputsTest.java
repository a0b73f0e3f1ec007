package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.Necessity;
import io.github.govrules.rules.fact.RequiredMaterial;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The adapter from gov-core's case and item to the fact model. */
class CaseInputsTest {

    @Test
    void providentFundItemMapsFormsNecessityAndSituationConditions() {
        ItemFact item = CaseInputs.itemFact(Fixtures.CATALOG.latest(Fixtures.FUND));
        assertEquals(Fixtures.FUND, item.code());
        assertEquals("20", item.typeCode());
        assertTrue(item.isOnTheSpot());
        assertEquals(TimeLimit.naturalDays(3), item.statutoryLimit());
        assertEquals(io.github.govrules.core.item.CaseKind.IMMEDIATE, item.declaredKind());
        assertFalse(item.isJoint());
        List<RequiredMaterial> materials = CaseInputs.materials(Fixtures.CATALOG.latest(Fixtures.FUND));
        assertEquals(11, materials.size());
        RequiredMaterial idCard = materials.stream().filter(m -> m.code().equals("id-card")).findFirst().orElseThrow();
        assertEquals(List.of(MaterialForm.ORIGINAL, MaterialForm.COPY), idCard.requiredForms());
        assertEquals(Necessity.REQUIRED, idCard.necessity());
        RequiredMaterial passbook = materials.stream().filter(m -> m.code().equals("repayment-passbook")).findFirst().orElseThrow();
        assertTrue(passbook.appliesTo(Set.of("bank-loan-later")));
        assertFalse(passbook.appliesTo(Set.of("fund-loan")));
        RequiredMaterial letter = materials.stream().filter(m -> m.code().equals("authorization-letter")).findFirst().orElseThrow();
        assertTrue(letter.appliesTo(Set.of("fund-loan", "agent")));
        assertFalse(letter.appliesTo(Set.of("fund-loan")));
    }

    @Test
    void jointItemWithSpecialProceduresAndToleratedMaterials() {
        ItemFact item = CaseInputs.itemFact(Fixtures.CATALOG.latest("11330106002000900P1000101014000"));
        assertTrue(item.isJoint());
        assertEquals(List.of("EXPERT_REVIEW", "HEARING"), item.specialProcedures());
        RequiredMaterial eia = CaseInputs.materials(Fixtures.CATALOG.latest("11330106002000900P1000101014000")).stream()
                .filter(m -> m.code().equals("eia-approval")).findFirst().orElseThrow();
        assertTrue(eia.isToleratable());
        assertEquals(TimeLimit.naturalDays(30), eia.supplementLimit());
    }

    @Test
    void caseMapsSituationsSubmissionsApplicantAndDayOfReceipt() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        CaseInput in = CaseInputs.from(c, Fixtures.CATALOG);
        assertEquals("GJJ-2025-000123", in.caseNumber());
        assertEquals(Set.of("bank-loan-first"), in.situations());
        assertEquals(LocalDate.of(2025, 9, 19), in.receivedOn());
        assertEquals(6, in.submitted().size());
        assertEquals("张伟", in.applicant().name());
        assertFalse(in.applicant().hasAgent());
    }

    @Test
    void caseAndItemThatDoNotMatchAreRejectedNamingBoth() {
        Case c = CaseIo.example("gjj-bank-first-incomplete");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CaseInputs.from(c, Fixtures.CATALOG.latest(Fixtures.RENOVATION)));
        assertTrue(e.getMessage().contains("GJJ-2025-000123") && e.getMessage().contains(Fixtures.RENOVATION), e.getMessage());
    }

    @Test
    void aSituationTheItemDoesNotDeclareIsRefusedWithTheClosestDeclaredOne() {
        String json = CaseIo.toJson(CaseIo.example("gjj-bank-first-incomplete"))
                .replace("\"bank-loan-first\"", "\"bank-loan-frist\"");
        Case c = CaseIo.fromJson(json, "typo.json");
        UnknownSituationException e = assertThrows(UnknownSituationException.class, () -> CaseInputs.from(c, Fixtures.CATALOG));
        assertEquals("bank-loan-frist", e.situation());
        assertEquals("bank-loan-first", e.closest());
        assertEquals(List.of("agent", "bank-loan-first", "bank-loan-later", "fund-loan", "spouse"), e.declared());
        assertEquals("Case GJJ-2025-000123: situation 'bank-loan-frist' is not declared by item " + Fixtures.FUND
                + " v1 (did you mean 'bank-loan-first'?); declared: [agent, bank-loan-first, bank-loan-later, fund-loan, spouse]",
                e.getMessage());
        try (RuleEngine engine = RuleEngine.create()) {
            engine.loadBundled("cn-zj");
            assertThrows(UnknownSituationException.class, () -> engine.check("cn-zj", c, Fixtures.CATALOG));
        }
    }

    @Test
    void submittingAMaterialTheItemDoesNotListIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.input("X-1",
                Fixtures.FUND, Set.of(), Fixtures.submitted("passport:ORIGINAL"), Fixtures.FRI_0919));
        assertTrue(e.getMessage().contains("submitted material passport is not a material of item"), e.getMessage());
    }

    @Test
    void evaluateRefusesAHandBuiltInputWithAMisspeltSituationAsCaseInputsDoes() {
        UnknownSituationException e = assertThrows(UnknownSituationException.class, () -> Fixtures.input("X-2",
                Fixtures.FUND, Set.of("fund-loan", "bank-loan-latr"), Fixtures.submitted("approval-form:ORIGINAL"),
                Fixtures.FRI_0919));
        assertEquals("Case X-2: situation 'bank-loan-latr' is not declared by item " + Fixtures.FUND
                + " v1 (did you mean 'bank-loan-later'?); declared: [agent, bank-loan-first, bank-loan-later, fund-loan, spouse]",
                e.getMessage());
        CaseInput good = Fixtures.fundLoanComplete("X-3");
        try (RuleEngine engine = RuleEngine.create()) {
            engine.loadBundled("cn-zj");
            // the same validation for an input rebuilt from the parts of a valid one: nothing reaches the rules
            UnknownSituationException again = assertThrows(UnknownSituationException.class, () -> engine.evaluate("cn-zj",
                    new CaseInput(good.caseNumber(), good.item(), good.materials(), good.declaredSituations(),
                            Set.of("fund-lone"), good.applicant(), good.submitted(), good.receivedOn()), Fixtures.FRI_0919));
            assertEquals("fund-lone", again.situation());
            assertEquals("fund-loan", again.closest());
            assertEquals(Fixtures.FUND, again.itemCode());
            assertEquals(AcceptanceStatus.ACCEPTED, engine.evaluate("cn-zj", good, Fixtures.FRI_0919).status());
        }
    }

    @Test
    void aMaterialThatAppliesUnderASituationTheItemDoesNotDeclareIsRefusedNamingBoth() {
        CaseInput good = Fixtures.fundLoanComplete("X-4");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseInput("X-4",
                good.item(), good.materials(), Set.of("fund-loan"), Set.of("fund-loan"), good.applicant(),
                good.submitted(), good.receivedOn()));
        assertTrue(e.getMessage().matches("Item " + Fixtures.FUND + " v1: material [a-z-]+ applies under situation '"
                + "[a-z-]+', which the item does not declare \\(declared: \\[fund-loan\\]\\)"), e.getMessage());
    }
}
