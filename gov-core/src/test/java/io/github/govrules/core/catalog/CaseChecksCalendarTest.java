package io.github.govrules.core.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClockException;
import io.github.govrules.core.cases.CaseClocks;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.indicator.Indicators;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.Violation;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CaseChecks} with a calendar: what the case's clock would refuse, and tolerated-gap due
 * dates later than the item allows, are violations, so that a case that passes never makes
 * {@link Indicators} throw for its clock.
 */
class CaseChecksCalendarTest {

    static final WorkingDayCalendar CN = Calendars.cn();
    static final Catalog CATALOG = Catalogs.example();
    static final LocalDate PERIOD_START = LocalDate.of(2025, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);

    static ServiceItem itemOf(Case c) {
        return CATALOG.item(c.itemCode(), c.itemVersion());
    }

    static Case renovation() {
        return CaseIo.example("renovation-tolerated-gap");
    }

    static CaseEvent.Extended extension(LocalDateTime at, int workingDays) {
        return new CaseEvent.Extended(at, "b03-qian", TimeLimit.workingDays(workingDays), "head-qian", "complex case");
    }

    static final List<String> EXAMPLES = CaseIo.EXAMPLE_NAMES;

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void everyBundledExamplePassesWithItsCalendar(String name) {
        Case c = CaseIo.example(name);
        assertEquals(List.of(), CaseChecks.violations(c, itemOf(c), CN));
        assertEquals(itemOf(c), CaseChecks.check(c, CATALOG, CN));
    }

    @Test
    void anExtensionLongerThanTheLawAllowsIsAViolationAtItsEvent() {
        Case c = renovation().record(extension(LocalDateTime.of(2025, 10, 9, 9, 0), 100));
        // written and read back fine; the two-argument check has no calendar and no clock
        assertEquals(c, CaseIo.fromJson(CaseIo.toJson(c), "case.json"));
        assertEquals(List.of(), CaseChecks.violations(c, itemOf(c)));
        CaseClockException thrown = assertThrows(CaseClockException.class,
                () -> Indicators.compute(List.of(c), CATALOG, CN, PERIOD_START, PERIOD_END));

        List<Violation> v = CaseChecks.violations(c, itemOf(c), CN);
        assertEquals(1, v.size(), v.toString());
        assertEquals("events[2]", v.get(0).path());
        String clockWords = thrown.getCause().getMessage();
        assertTrue(clockWords.startsWith("Refused extension of 100 working days (ORDINARY handling allows 10) on 2025-10-09"), clockWords);
        assertTrue(v.get(0).message().contains(clockWords), v.get(0).message());
        assertTrue(v.get(0).message().contains("ORDINARY handling allows 10"), v.get(0).message());

        ModelValidationException e = assertThrows(ModelValidationException.class, () -> CaseChecks.check(c, CATALOG, CN));
        assertEquals(v, e.violations());
        assertTrue(e.getMessage().startsWith("case " + c.number() + ": 1 violation: events[2]: "), e.getMessage());
    }

    @Test
    void theRefusedEventIsLocatedAlsoWhenLaterEventsFollowIt() {
        Case c = renovation()
                .record(new CaseEvent.Supplemented(LocalDateTime.of(2025, 10, 9, 9, 0), "w03-li", ServiceChannel.WINDOW,
                        List.of(new SubmittedMaterial("neighbour-consent", MaterialForm.ORIGINAL, 1))))
                .record(extension(LocalDateTime.of(2025, 10, 10, 9, 0), 11))
                .record(new CaseEvent.Completed(LocalDateTime.of(2025, 10, 20, 9, 0), "b03-liu", Outcome.APPROVED, "ZX-1"));
        List<Violation> v = CaseChecks.violations(c, itemOf(c), CN);
        assertEquals(List.of("events[3]"), v.stream().map(Violation::path).toList(), v.toString());
        assertTrue(v.get(0).message().contains("Refused extension of 11 working days (ORDINARY handling allows 10) on 2025-10-10"), v.get(0).message());
    }

    @Test
    void anExtensionAfterTheStatutoryDueDateIsAViolation() {
        Case c = renovation().record(extension(LocalDateTime.of(2025, 12, 1, 9, 0), 5));
        assertThrows(CaseClockException.class, () -> CaseClocks.clockOf(c, itemOf(c), CN));
        List<Violation> v = CaseChecks.violations(c, itemOf(c), CN);
        assertEquals(List.of("events[2]"), v.stream().map(Violation::path).toList(), v.toString());
        assertTrue(v.get(0).message().contains("an extension must be granted before the time limit runs out"),
                v.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 10})
    void aLawfulExtensionPasses(int days) {
        Case c = renovation().record(extension(LocalDateTime.of(2025, 10, 9, 9, 0), days));
        assertEquals(List.of(), CaseChecks.violations(c, itemOf(c), CN));
    }

    @Test
    void jointHandlingAllowsFifteenDays() {
        Case joint = CaseIo.example("investment-project-joint");
        Case fifteen = joint.record(extension(LocalDateTime.of(2025, 11, 21, 9, 0), 15));
        Case sixteen = joint.record(extension(LocalDateTime.of(2025, 11, 21, 9, 0), 16));
        assertEquals(List.of(), CaseChecks.violations(fifteen, itemOf(joint), CN));
        List<Violation> v = CaseChecks.violations(sixteen, itemOf(joint), CN);
        assertEquals(List.of("events[" + joint.events().size() + "]"), v.stream().map(Violation::path).toList(),
                v.toString());
        assertTrue(v.get(0).message().contains("JOINT handling allows 15"), v.get(0).message());
    }

    /** A case that passes the check with the calendar never makes the indicators throw for its clock. */
    @Test
    void aCaseThatPassesNeverBreaksTheIndicators() {
        int passed = 0;
        int refused = 0;
        for (int days = 1; days <= 20; days++) {
            for (LocalDate on = LocalDate.of(2025, 9, 30); on.isBefore(LocalDate.of(2025, 11, 15)); on = on.plusDays(2)) {
                Case c = renovation().record(extension(on.atTime(9, 0), days));
                List<Violation> v = CaseChecks.violations(c, itemOf(c), CN);
                if (v.isEmpty()) {
                    passed++;
                    assertDoesNotThrow(() -> Indicators.compute(List.of(c), CATALOG, CN, PERIOD_START, PERIOD_END),
                            c.events().toString());
                } else {
                    refused++;
                    assertEquals(List.of("events[2]"), v.stream().map(Violation::path).toList(), v.toString());
                    assertThrows(CaseClockException.class,
                            () -> Indicators.compute(List.of(c), CATALOG, CN, PERIOD_START, PERIOD_END));
                }
            }
        }
        assertTrue(passed > 0 && refused > 0, passed + " passed, " + refused + " refused");
    }

    @Test
    void anUndeclaredStepIsReportedOnceAndTheClockIsNotAsked() {
        Case c = renovation().record(new CaseEvent.StepDone(LocalDateTime.of(2025, 10, 9, 9, 0), "b03-qian", "勘查", null));
        List<Violation> v = CaseChecks.violations(c, itemOf(c), CN);
        assertEquals(List.of("events[2].step"), v.stream().map(Violation::path).toList(), v.toString());
    }

    static Case renovationDue(String supplementDue) {
        String json = CaseIo.toJson(renovation());
        String original = "\"supplementDue\" : \"2025-10-13\"";
        if (!json.contains(original)) {
            original = "\"supplementDue\":\"2025-10-13\"";
        }
        assertTrue(json.contains(original), json);
        return CaseIo.fromJson(json.replace(original, original.replace("2025-10-13", supplementDue)), "case.json");
    }

    @Test
    void aSupplementDueLaterThanTheItemAllowsIsAViolationNamingBothDates() {
        Case c = renovationDue("2026-12-31");
        assertEquals(LocalDate.of(2025, 10, 13), CaseClocks.gapDeadlines(c, itemOf(c), CN).get("neighbour-consent"));
        assertEquals(List.of(), CaseChecks.violations(c, itemOf(c)));
        List<Violation> v = CaseChecks.violations(c, itemOf(c), CN);
        assertEquals(List.of("events[1].supplementDue"), v.stream().map(Violation::path).toList(), v.toString());
        String m = v.get(0).message();
        assertTrue(m.contains("2026-12-31") && m.contains("2025-10-13") && m.contains("neighbour-consent")
                && m.contains("5 working days"), m);
        assertThrows(ModelValidationException.class, () -> CaseChecks.check(c, CATALOG, CN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-10-13", "2025-10-10", "2025-09-29"})
    void aSupplementDueOnOrBeforeTheItemsLimitPasses(String due) {
        Case c = renovationDue(due);
        assertEquals(List.of(), CaseChecks.violations(c, itemOf(c), CN));
    }

    @Test
    void theDayAfterTheLimitIsAViolation() {
        Case c = renovationDue("2025-10-14");
        assertEquals(List.of("events[1].supplementDue"),
                CaseChecks.violations(c, itemOf(c), CN).stream().map(Violation::path).toList());
    }

    @Test
    void aDateOutsideTheCalendarsDataStaysACoverageError() {
        String json = CaseIo.toJson(renovation()).replace("2025-09-29", "2027-09-29").replace("2025-10-13", "2027-10-13");
        Case c = CaseIo.fromJson(json, "case.json");
        assertThrows(DateOutOfCoverageException.class, () -> CaseChecks.violations(c, itemOf(c), CN));
    }

    /** A gap whose last day lies beyond the data is not judged, so a case near the end of the data still counts. */
    @Test
    void aGapDueBeyondTheDataIsNotJudgedAndTheCaseStillCounts() {
        String json = CaseIo.toJson(renovation()).replace("2025-09-29", "2026-12-30").replace("2025-10-13", "2027-01-06");
        Case c = CaseIo.fromJson(json, "case.json")
                .record(new CaseEvent.Withdrawn(LocalDateTime.of(2026, 12, 31, 9, 0), "applicant", "no longer needed"));
        assertEquals(List.of(), CaseChecks.violations(c, itemOf(c), CN));
        assertEquals(1, io.github.govrules.core.indicator.Indicators.compute(List.of(c), io.github.govrules.core.io.Catalogs
                .example(), CN, java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2027, 1, 1)).received());
    }
}
