package io.github.govrules.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.cases.Satisfaction;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.NationalCaseType;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indicators on a hand-computed example: period September and October 2025, nine cases.
 *
 * <pre>
 * case  item      accepted  completed  promised due  visits  evaluation
 * G1    GJJ (1)   09-22     09-22      09-22         2       very satisfied
 * G2    GJJ (1)   09-23     09-23      09-23         0       dissatisfied, complaint
 * G3    GJJ (1)   09-25     09-25      09-25         2       -            (correction loop, supplement at window)
 * P1    print (2) 09-19     10-09      10-10         2       satisfied     (early)
 * P2    print (2) 09-19     10-10      10-10         1       -             (on the due day)
 * P3    print (2) 09-19     10-13      10-10         0       basically satisfied (late)
 * P4    print (2) 10-20     -          11-03         -       -             (open, not yet due)
 * P5    print (2) 08-20     08-29      -             -       -             (before the period)
 * P6    print (2) 09-22     -          10-11         -       -             (open, overdue)
 * N1    print (2) not accepted 09-30
 * </pre>
 * Completed C = {G1,G2,G3,P1,P2,P3}: immediate 3/6, on-site 3/6; promised P = {P1,P2,P3}: on time 2/3,
 * early 1/3, overdue 1/3; evaluations 4, satisfied 3/4; complaints 1/6; visits 7/6; received 9
 * (all but P5), accepted 8 (P1-P4, P6, G1-G3); open overdue 1 (P6, due Sat 2025-10-11, a makeup working day).
 */
class IndicatorsTest {

    static final Catalog CATALOG = Catalogs.example();
    static final Case TEMPLATE = CaseIo.example("gjj-fund-loan-immediate");
    static final ServiceItem GJJ = CATALOG.item(TEMPLATE.itemCode(), 1);
    static final ServiceItem PRINT = CATALOG.findByName("印刷经营许可").orElseThrow();

    static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2025, month, day, hour, 0);
    }

    static Case make(String number, ServiceItem item, LocalDateTime applied, List<CaseEvent> events) {
        boolean immediate = item == GJJ;
        return new Case(number, item.implementationCode(), item.version(),
                immediate ? NationalCaseType.IMMEDIATE : NationalCaseType.PROMISED,
                immediate ? CaseKind.IMMEDIATE : CaseKind.PROMISED, TEMPLATE.applicant(), null,
                immediate ? List.of("fund-loan") : List.of(), List.of(), ServiceChannel.WINDOW, applied, null, null, events);
    }

    static List<CaseEvent> life(ServiceChannel in, LocalDateTime accepted, LocalDateTime completed, ServiceChannel out,
                                Satisfaction satisfaction, boolean complaint) {
        List<CaseEvent> e = new ArrayList<>();
        e.add(new CaseEvent.Received(accepted.minusMinutes(30), "w", in));
        e.add(new CaseEvent.Accepted(accepted, "a", null));
        if (completed != null) {
            e.add(new CaseEvent.Completed(completed, "b", Outcome.APPROVED, null));
            if (out != null) {
                e.add(new CaseEvent.Delivered(completed.plusHours(1), "w", out));
            }
            if (satisfaction != null) {
                e.add(new CaseEvent.Evaluated(completed.plusHours(2), "applicant", satisfaction, complaint));
            }
        }
        return e;
    }

    static List<Case> cases() {
        List<CaseEvent> g3 = List.of(
                new CaseEvent.Received(at(9, 24, 9), "w", ServiceChannel.WINDOW),
                new CaseEvent.CorrectionRequested(at(9, 24, 10), "w", List.of("id-card"), "BZ-7"),
                new CaseEvent.Supplemented(at(9, 25, 9), "w", ServiceChannel.WINDOW,
                        List.of(new SubmittedMaterial("id-card", MaterialForm.COPY, 1))),
                new CaseEvent.Accepted(at(9, 25, 10), "a", null),
                new CaseEvent.Completed(at(9, 25, 11), "b", Outcome.APPROVED, null));
        List<CaseEvent> n1 = List.of(
                new CaseEvent.Received(at(9, 30, 9), "w", ServiceChannel.WINDOW),
                new CaseEvent.NotAccepted(at(9, 30, 10), "w", "outside competence"));
        return List.of(
                make("G1", GJJ, at(9, 22, 9), life(ServiceChannel.WINDOW, at(9, 22, 10), at(9, 22, 11), ServiceChannel.WINDOW,
                        Satisfaction.VERY_SATISFIED, false)),
                make("G2", GJJ, at(9, 23, 9), life(ServiceChannel.ONLINE, at(9, 23, 10), at(9, 23, 11), ServiceChannel.COURIER,
                        Satisfaction.DISSATISFIED, true)),
                make("G3", GJJ, at(9, 24, 8), g3),
                make("P1", PRINT, at(9, 19, 8), life(ServiceChannel.WINDOW, at(9, 19, 10), at(10, 9, 10), ServiceChannel.WINDOW,
                        Satisfaction.SATISFIED, false)),
                make("P2", PRINT, at(9, 19, 8), life(ServiceChannel.WINDOW, at(9, 19, 10), at(10, 10, 10), ServiceChannel.COURIER,
                        null, false)),
                make("P3", PRINT, at(9, 19, 8), life(ServiceChannel.ONLINE, at(9, 19, 10), at(10, 13, 10), null,
                        Satisfaction.BASICALLY_SATISFIED, false)),
                make("P4", PRINT, at(10, 20, 8), life(ServiceChannel.WINDOW, at(10, 20, 10), null, null, null, false)),
                make("P5", PRINT, at(8, 20, 8), life(ServiceChannel.WINDOW, at(8, 20, 10), at(8, 29, 10), ServiceChannel.WINDOW,
                        Satisfaction.SATISFIED, false)),
                make("P6", PRINT, at(9, 22, 8), life(ServiceChannel.WINDOW, at(9, 22, 10), null, null, null, false)),
                make("N1", PRINT, at(9, 30, 8), n1));
    }

    /**
     * Open overdue counts what was open at the period's end, not what is open now: for 1–12
     * October, P3 (due 10-10, completed 10-13, after the period) and P6 (due 10-11) were both
     * open and overdue on the last day; P7 (due 10-10, withdrawn in November) too.
     */
    @Test
    void aCaseGivenTwiceIsRefusedNotCountedTwice() {
        List<Case> all = new ArrayList<>(cases());
        Case first = all.get(0);
        all.add(first); // e.g. an old snapshot and a newer version of the same case
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Indicators.compute(all, CATALOG,
                Calendars.cn(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1)));
        assertEquals("case " + first.number() + " is given twice (at positions 0 and " + (all.size() - 1)
                + "): a case counts once; pass each case once, as it now stands", e.getMessage());
        List<Case> withNull = new ArrayList<>(cases());
        withNull.add(1, null);
        NullPointerException npe = assertThrows(NullPointerException.class, () -> Indicators.compute(withNull, CATALOG,
                Calendars.cn(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1)));
        assertEquals("cases holds a null at position 1", npe.getMessage());
    }

    @Test
    void openOverdueIsAsOfThePeriodsEndNotToday() {
        List<CaseEvent> p7 = new ArrayList<>(life(ServiceChannel.WINDOW, at(9, 19, 10), null, null, null, false));
        p7.add(new CaseEvent.Withdrawn(at(11, 5, 9), "applicant", "no longer needed"));
        List<Case> all = new ArrayList<>(cases());
        all.add(make("P7", PRINT, at(9, 19, 8), p7));
        IndicatorReport r = Indicators.compute(all, CATALOG, Calendars.cn(), LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 13));
        assertEquals(3, r.openOverdue());
        // the whole of October: P3 completed within it, P7 still open and overdue on 10-31, P6 too
        IndicatorReport october = Indicators.compute(all, CATALOG, Calendars.cn(), LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 11, 1));
        assertEquals(2, october.openOverdue());
        // November: P7 withdrawn on 11-05, so not open at the end; P6 and P4 (due 11-03) are
        IndicatorReport november = Indicators.compute(all, CATALOG, Calendars.cn(), LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 1));
        assertEquals(2, november.openOverdue());
    }

    @Test
    void aCaseAsOfAMomentKeepsOnlyTheEventsBeforeIt() {
        Case p3 = cases().stream().filter(c -> c.number().equals("P3")).findFirst().orElseThrow();
        Case then = p3.before(at(10, 13, 0));
        assertEquals(2, then.events().size());
        assertTrue(then.status().isProcessing());
        assertEquals(p3.applicant(), then.applicant());
        assertTrue(p3.before(at(12, 31, 0)) == p3, "nothing left out: the same case");
        assertEquals(0, p3.before(at(9, 19, 9)).events().size());
    }

    @Test
    void handComputedExample() {
        IndicatorReport r = Indicators.compute(cases(), CATALOG, Calendars.cn(), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 11, 1));
        assertEquals(9, r.received());
        assertEquals(8, r.accepted());
        assertEquals(6, r.completed());
        assertEquals(new Rate(3, 6), r.immediateRate());
        assertEquals(new Rate(2, 3), r.onTimeRate());
        assertEquals(new Rate(1, 3), r.earlyRate());
        assertEquals(new Rate(1, 3), r.overdueRate());
        assertEquals(new Rate(3, 6), r.onSiteRate());
        assertEquals(new Rate(3, 4), r.satisfactionRate());
        assertEquals(new Rate(1, 4), r.dissatisfactionRate());
        assertEquals(new Rate(1, 6), r.complaintRate());
        assertEquals(new Rate(7, 6), r.averageVisits());
        assertEquals(1, r.openOverdue());
        assertEquals("3/4 (75.0%)", r.satisfactionRate().toString());
    }

    @Test
    void aPeriodBeforeTheCasesHasUndefinedRates() {
        IndicatorReport r = Indicators.compute(cases(), CATALOG, Calendars.cn(), LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 20));
        assertEquals(0, r.completed());
        assertTrue(r.onTimeRate().value().isEmpty());
        assertEquals("0/0 (n/a)", r.immediateRate().toString());
    }

    @Test
    void reportedFiguresOfTheDistrictCenter() {
        // domain.md: 155,400 immediate of 314,669 completed = 49.4%
        assertEquals("155400/314669 (49.4%)", new Rate(155_400, 314_669).toString());
    }

    @Test
    void emptyPeriodIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Indicators.compute(cases(),
                CATALOG, Calendars.cn(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1)));
        assertEquals("the period 2025-09-01 to 2025-09-01 (exclusive) is empty", e.getMessage());
    }

    /**
     * The nine cases above plus four side exits:
     * <pre>
     * V1    GJJ (1)   09-26     -          -             -       voided the same day (duplicate)
     * V2    print (2) -         -          -             -       received 10-15, voided 10-16 (test data)
     * R1    print (2) 09-19     10-09      10-10         2       satisfied; approval revoked 10-20 (early, on time)
     * R2    print (2) 08-20     08-29      -             -       before the period; approval revoked 09-15
     * </pre>
     * V1 and V2 count nowhere. R1 is one more received, accepted, completed, promised, early and
     * on-time case with a satisfied evaluation and 2 visits; R2's revocation in the period changes
     * nothing. Received 10, accepted 9. Completed 7: immediate 3/7, on-site 3/7; promised 4: on time 3/4, early 2/4,
     * overdue 1/4; evaluations 5, satisfied 4/5; complaints 1/7; visits 9/7; open overdue 1.
     */
    static List<Case> casesWithSideExits() {
        List<Case> all = new ArrayList<>(cases());
        List<CaseEvent> v1 = new ArrayList<>(life(ServiceChannel.WINDOW, at(9, 26, 10), null, null, null, false));
        v1.add(new CaseEvent.Voided(at(9, 26, 11), "w", "duplicate registration of G3"));
        all.add(make("V1", GJJ, at(9, 26, 9), v1));
        all.add(make("V2", PRINT, at(10, 15, 8), List.of(
                new CaseEvent.Received(at(10, 15, 9), "w", ServiceChannel.WINDOW),
                new CaseEvent.Voided(at(10, 16, 9), "w", "test data"))));
        List<CaseEvent> r1 = new ArrayList<>(life(ServiceChannel.WINDOW, at(9, 19, 10), at(10, 9, 10), ServiceChannel.WINDOW,
                Satisfaction.SATISFIED, false));
        r1.add(new CaseEvent.Revoked(at(10, 20, 9), "b", "the promise proved false", "行政许可法第六十九条第二款", null));
        all.add(make("R1", PRINT, at(9, 19, 8), r1));
        List<CaseEvent> r2 = new ArrayList<>(life(ServiceChannel.WINDOW, at(8, 20, 10), at(8, 29, 10), null, null, false));
        r2.add(new CaseEvent.Revoked(at(9, 15, 9), "b", "obtained by deception", "行政许可法第六十九条第二款", "CX-1"));
        all.add(make("R2", PRINT, at(8, 20, 8), r2));
        return all;
    }

    @Test
    void voidedCasesCountNowhereAndRevokedOnesStayCompleted() {
        IndicatorReport r = Indicators.compute(casesWithSideExits(), CATALOG, Calendars.cn(), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 11, 1));
        assertEquals(10, r.received());
        assertEquals(9, r.accepted());
        assertEquals(7, r.completed());
        assertEquals(new Rate(3, 7), r.immediateRate());
        assertEquals(new Rate(3, 4), r.onTimeRate());
        assertEquals(new Rate(2, 4), r.earlyRate());
        assertEquals(new Rate(1, 4), r.overdueRate());
        assertEquals(new Rate(3, 7), r.onSiteRate());
        assertEquals(new Rate(4, 5), r.satisfactionRate());
        assertEquals(new Rate(1, 5), r.dissatisfactionRate());
        assertEquals(new Rate(1, 7), r.complaintRate());
        assertEquals(new Rate(9, 7), r.averageVisits());
        assertEquals(1, r.openOverdue());
    }

    @Test
    void aVoidedCaseIsLeftOutOfEveryPeriodEvenOneBeforeItWasVoided() {
        // V1 was received, accepted and voided on 09-26; asked about that day alone, nothing is counted
        IndicatorReport day = Indicators.compute(casesWithSideExits(), CATALOG, Calendars.cn(), LocalDate.of(2025, 9, 26),
                LocalDate.of(2025, 9, 27));
        assertEquals(0, day.received());
        assertEquals(0, day.accepted());
        // the same case withdrawn instead of voided was a real application: received and accepted count
        List<CaseEvent> withdrawn = new ArrayList<>(life(ServiceChannel.WINDOW, at(9, 26, 10), null, null, null, false));
        withdrawn.add(new CaseEvent.Withdrawn(at(9, 26, 11), "applicant", null));
        IndicatorReport w = Indicators.compute(List.of(make("W1", GJJ, at(9, 26, 9), withdrawn)), CATALOG, Calendars.cn(),
                LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 27));
        assertEquals(1, w.received());
        assertEquals(1, w.accepted());
        assertEquals(0, w.completed());
    }

    @Test
    void aReportPrintsTheAverageVisitsAsAnAverageAndTheRatesAsPercentages() {
        Rate none = new Rate(0, 0);
        IndicatorReport r = new IndicatorReport(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), 5, 4, 3,
                new Rate(1, 3), none, none, none, none, none, none, new Rate(4, 3), 0);
        String text = r.toString();
        assertTrue(text.contains("averageVisits=1.33 per case (4/3)"), text);
        assertTrue(text.contains("immediateRate=1/3 (33.3%)"), text);
        assertTrue(text.startsWith("IndicatorReport[startInclusive=2025-09-01, endExclusive=2025-10-01, received=5,"), text);
        assertTrue(new IndicatorReport(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), 0, 0, 0, none, none, none,
                none, none, none, none, none, 0).toString().contains("averageVisits=0/0 (n/a)"));
    }
}
