package io.github.govrules.core.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseClocks;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.IllegalTransitionException;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.cases.Satisfaction;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.core.catalog.CaseChecks;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.MissingMaterial;
import io.github.govrules.core.hall.SealDocument;
import io.github.govrules.core.hall.SealLedger;
import io.github.govrules.core.hall.SeparationOfDutiesException;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.ServiceCenters;
import io.github.govrules.core.item.Material;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.ServiceItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of gov-core/README.md, compiled and checked. Keep both in step. */
class ReadmeExamplesTest {

    @Test
    void loadTheCatalog() {
        // README: Loading the catalog
        Catalog catalog = Catalogs.example();                 // or Catalogs.load(Path.of("catalog.yaml"))
        ServiceItem gjj = catalog.findByName("职工提取住房公积金偿还购房贷款").orElseThrow();
        List<Material> needed = gjj.materialsFor(List.of("bank-loan-first", "agent"));
        // approval-form, id-card, purchase-contract, loan-contract, repayment-passbook,
        // authorization-letter, agent-id-card
        assertEquals(7, needed.size());
        assertEquals("on the spot", gjj.promisedLimit().toString());
    }

    @Test
    void moveACaseThroughItsLife(@TempDir Path dir) {
        // README: A case through its life
        Catalog catalog = Catalogs.example();
        ServiceCenter center = ServiceCenters.example();      // windows W01..W20, seals

        Case c = CaseIo.example("gjj-bank-first-incomplete"); // or CaseIo.read(Path.of("case.json"))
        ServiceItem item = CaseChecks.check(c, catalog);       // the item version the case pins
        List<MissingMaterial> missing = CaseChecks.missing(c, item);
        // [loan-contract (借款合同): COPY 0 of 1, repayment-passbook (...): ORIGINAL 0 of 1, ... COPY 0 of 1]

        LocalDateTime t = LocalDateTime.of(2025, 9, 19, 9, 40);
        c = c.record(new CaseEvent.CorrectionRequested(t, "w01-wang",
                List.of("loan-contract", "repayment-passbook"), "BZ-20250919-001"));   // one-time notice
        c = c.record(new CaseEvent.Supplemented(t.plusDays(3), "w01-wang", ServiceChannel.WINDOW, List.of(
                new SubmittedMaterial("loan-contract", MaterialForm.COPY, 1),
                new SubmittedMaterial("repayment-passbook", MaterialForm.ORIGINAL, 1),
                new SubmittedMaterial("repayment-passbook", MaterialForm.COPY, 1))));
        assertEquals(List.of(), CaseChecks.missing(c, item));

        c = center.accept(c, "W02", "w01-wang", t.plusDays(3).plusMinutes(5), "SL-0001");  // window W02 may accept
        CaseClock clock = CaseClocks.clockOf(c, item, Calendars.cn()).orElseThrow();
        LocalDate due = clock.promisedDue().orElseThrow();       // on the spot: 2025-09-22

        c = center.decide(c, "W02", "b02-zhao", t.plusDays(3).plusMinutes(20), Outcome.APPROVED, "TQ-2025-1");
        SealLedger ledger = center.stamp(SealLedger.empty(), c, item, "W02", "w02-sun", "S-GJJ-SP",
                SealDocument.DECISION, t.plusDays(3).plusMinutes(25));  // special approval seal, third person
        c = c.record(new CaseEvent.Delivered(t.plusDays(3).plusMinutes(30), "w01-wang", ServiceChannel.WINDOW))
             .record(new CaseEvent.Evaluated(t.plusDays(3).plusMinutes(35), "applicant", Satisfaction.VERY_SATISFIED, false));

        CaseIo.write(c, dir.resolve("case.json"));               // lossless: CaseIo.read gives an equal case
        assertEquals(c, CaseIo.read(dir.resolve("case.json")));
        assertEquals(3, missing.size());
        assertEquals(LocalDate.of(2025, 9, 22), due);
        assertEquals(1, ledger.uses().size());
        assertEquals(CaseState.EVALUATED, c.status().state());
    }

    @Test
    void errors() {
        // README: Errors
        ModelReadException read = assertThrows(ModelReadException.class, () -> Catalogs.fromYaml("""
                name: "Mine"
                items:
                  - version: "1"
                """, "mine.yaml"));
        assertEquals("mine.yaml: $.items[0].version (line 3, column 14): expected an integer (got string \"1\")",
                read.getMessage());

        String json = CaseIo.toJson(CaseIo.example("gjj-fund-loan-immediate"));
        String bad = json.replace("\"appliedAt\"", "\"appliedOn\"");
        ModelReadException unknown = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(bad, "case.json"));
        assertEquals("$.appliedOn", unknown.path());          // a misspelt required field is reported as unknown
        assertEquals("unknown field 'appliedOn' (did you mean 'appliedAt'?)", unknown.problem());
        assertEquals(bad.lines().takeWhile(l -> !l.contains("appliedOn")).count() + 1, unknown.line());

        String absent = json.replaceAll("\"appliedAt\" *: *\"[^\"]*\",", "");
        ModelReadException missing = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(absent, "case.json"));
        assertEquals("$.appliedAt", missing.path());          // a field really absent is reported missing
        assertEquals("missing required field 'appliedAt'", missing.problem());

        Case received = CaseIo.example("gjj-bank-first-incomplete");
        IllegalTransitionException illegal = assertThrows(IllegalTransitionException.class, () -> received.record(
                new CaseEvent.Delivered(LocalDateTime.of(2025, 9, 19, 10, 0), "w01-wang", ServiceChannel.WINDOW)));
        assertEquals(CaseState.RECEIVED, illegal.state());
        assertEquals("delivered", illegal.event());

        ServiceCenter center = ServiceCenters.example();
        Case accepted = center.accept(received, "W02", "w01-wang", LocalDateTime.of(2025, 9, 19, 10, 0), null);
        assertThrows(SeparationOfDutiesException.class, () -> center.decide(accepted, "W02", "w01-wang",
                LocalDateTime.of(2025, 9, 19, 10, 5), Outcome.APPROVED, null));

        String twoLoanTypes = CaseIo.toJson(received).replace("\"bank-loan-first\"", "\"bank-loan-first\", \"fund-loan\"");
        ModelValidationException v = assertThrows(ModelValidationException.class,
                () -> CaseChecks.check(CaseIo.fromJson(twoLoanTypes, "case.json"), Catalogs.example()));
        assertEquals("situations", v.violations().get(0).path());
    }
}
