package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClockException;
import io.github.govrules.core.cases.CaseClocks;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.IllegalTransitionException;
import io.github.govrules.core.cases.Party;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.hall.SealDocument;
import io.github.govrules.core.hall.SealKind;
import io.github.govrules.core.hall.SealPolicy;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.cases.IdType;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.NationalCaseType;
import io.github.govrules.core.item.PartyType;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Evaluation#applyTo}: the pack's decision becomes the case's events, and the clock counts with it. */
class ApplyEvaluationTest {

    private static final String FACADE = "11330106002000300M1000101016000";
    private static final WorkingDayCalendar CN = Calendars.cn();
    private static RuleEngine engine;
    private static Catalog scItems;

    @BeforeAll
    static void load() throws Exception {
        engine = RuleEngine.create();
        engine.load("cn-sc");
        engine.load("cn-zj");
        try (InputStream in = ApplyEvaluationTest.class.getResourceAsStream("/io/github/govrules/rules/packs/cn-sc/items.yaml")) {
            scItems = Catalogs.read(in, "cn-sc/items.yaml");
        }
    }

    /** A facade-renovation case (two departments) whose file declares no kind: the pack decides. */
    private static Case facadeCase(List<SubmittedMaterial> materials) {
        Party applicant = new Party("陈刚", PartyType.NATURAL_PERSON, IdType.RESIDENT_ID_CARD, "330106198808082229", null);
        return new Case("SC-2025-0001", FACADE, 1, null, null, applicant, null, List.of(), materials, ServiceChannel.WINDOW,
                LocalDateTime.of(2025, 9, 19, 9, 0), null, null, List.of());
    }

    private static List<SubmittedMaterial> complete() {
        return List.of(new SubmittedMaterial("application-form", MaterialForm.ORIGINAL, 1),
                new SubmittedMaterial("facade-drawings", MaterialForm.ORIGINAL, 2),
                new SubmittedMaterial("facade-drawings", MaterialForm.ELECTRONIC, 1),
                new SubmittedMaterial("owner-consent", MaterialForm.ORIGINAL, 1));
    }

    @Test
    void aJointDecisionGivesTheClockTheJointLimitAndAllowsTheFifteenDayExtension() {
        Case aCase = facadeCase(complete());
        ServiceItem item = scItems.item(FACADE, 1);
        Evaluation e = engine.check("cn-sc", aCase, scItems);
        assertEquals("joint", e.classification().kind().code());
        Case accepted = e.applyTo(aCase, LocalDateTime.of(2025, 9, 19, 10, 0), "w03-li");

        assertEquals(CaseState.IN_PROCESS, accepted.status().state());
        assertEquals(CaseKind.JOINT, accepted.effectiveKind().orElseThrow());
        assertEquals(TimeLimit.workingDays(45), accepted.decision().orElseThrow().statutoryLimit());
        CaseClock clock = CaseClocks.clockOf(accepted, item, CN).orElseThrow();
        assertEquals(e.dueDate("statutory").orElseThrow().date(), clock.statutoryDue().orElseThrow());
        assertEquals(e.dueDate("promised").orElseThrow().date(), clock.promisedDue().orElseThrow());
        assertEquals(LocalDate.of(2025, 11, 27), clock.statutoryDue().orElseThrow());

        // Art. 42(2): +15 working days with approval, granted on the last day: the item's own 20 days would refuse it
        Case extended = CaseClocks.record(accepted, item, CN, new CaseEvent.Extended(LocalDateTime.of(2025, 11, 27, 9, 0),
                "b01-zhou", TimeLimit.workingDays(15), "区长 王", "联合审查需补充论证"));
        assertEquals(CN.shift(LocalDate.of(2025, 11, 27), 15), CaseClocks.clockOf(extended, item, CN).orElseThrow().statutoryDue().orElseThrow());
        assertThrows(CaseClockException.class, () -> CaseClocks.record(accepted, item, CN,
                new CaseEvent.Extended(LocalDateTime.of(2025, 11, 27, 9, 0), "b01-zhou", TimeLimit.workingDays(16),
                        "区长 王", "too long")));
    }

    @Test
    void aCaseToCorrectGetsTheNoticesMaterialsAndNoKind() {
        Case aCase = CaseIo.example("gjj-bank-first-incomplete");
        Evaluation e = engine.check("cn-zj", aCase, Catalogs.example());
        assertEquals(AcceptanceStatus.CORRECTION_REQUIRED, e.status());
        Case c = e.applyTo(aCase.before(aCase.appliedAt().plusNanos(1)), aCase.appliedAt().plusMinutes(30), "w01-wang");
        assertEquals(CaseState.AWAITING_CORRECTION, c.status().state());
        CaseEvent.CorrectionRequested notice = (CaseEvent.CorrectionRequested) c.events().get(c.events().size() - 1);
        assertEquals(e.notice().items().stream().map(NoticeItem::materialCode).distinct().toList(), notice.missing());
        assertTrue(notice.missing().contains("loan-contract"), notice.missing().toString());
        assertTrue(c.decision().isEmpty());
        // once per case (一次性告知): the same evaluation applied again is refused, naming the state
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> e.applyTo(c, aCase.appliedAt().plusMinutes(40), "w01-wang"));
        assertTrue(again.getMessage().contains("correction-requested"), again.getMessage());
    }

    @Test
    void toleratedGapsAreRecordedWithTheirLastDayAndTheDecision() {
        Case aCase = facadeCase(complete().subList(0, 3));
        Evaluation e = engine.check("cn-sc", aCase, scItems);
        assertEquals(AcceptanceStatus.ACCEPTED_WITH_TOLERATED_GAPS, e.status());
        Case c = e.applyTo(aCase, LocalDateTime.of(2025, 9, 19, 10, 0), "w03-li");
        CaseEvent.AcceptedWithGaps g = (CaseEvent.AcceptedWithGaps) c.events().get(1);
        assertEquals(List.of("owner-consent"), g.gaps());
        assertEquals(e.dueDate("supplement:owner-consent").orElseThrow().date(), g.supplementDue());
        assertEquals(List.of("owner-consent"), c.status().openGaps());
        assertEquals("joint", c.decision().orElseThrow().kind().code());
    }

    @Test
    void aReportedUpDecisionChoosesTheOfficialSealAndAnImmediateOneTheSpecialSeal() {
        Case immediate = CaseIo.example("gjj-fund-loan-immediate");
        Case fresh = immediate.before(immediate.appliedAt());
        Evaluation e = engine.check("cn-zj", fresh, Catalogs.example());
        Case c = e.applyTo(fresh, immediate.appliedAt().plusMinutes(4), "w01-wang");
        assertEquals(NationalCaseType.IMMEDIATE, c.effectiveKind().orElseThrow().nationalType());
        assertEquals(SealKind.SPECIAL_APPROVAL, SealPolicy.choose(SealDocument.DECISION, c.effectiveKind().orElseThrow(), false).kind());
        assertEquals(SealKind.OFFICIAL, SealPolicy.choose(SealDocument.DECISION, CaseKind.REPORTED_UP, false).kind());
        assertEquals(SealKind.OFFICIAL, SealPolicy.choose(SealDocument.DECISION,
                CaseKind.of("reported-up-after-promise", NationalCaseType.PROMISED,
                        io.github.govrules.core.item.DuePolicy.REPORTED_UP_AFTER_PROMISE), false).kind());
    }

    @Test
    void anEvaluationOfAnotherCaseIsRefusedNamingBoth() {
        Case aCase = facadeCase(complete());
        Evaluation e = engine.check("cn-sc", aCase, scItems);
        Case other = CaseIo.example("gjj-fund-loan-immediate");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> e.applyTo(other, LocalDateTime.of(2025, 9, 23, 15, 0), "w01-wang"));
        assertTrue(x.getMessage().contains("SC-2025-0001") && x.getMessage().contains("GJJ-2025-000125"), x.getMessage());
    }
}
