package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.rules.AcceptanceStatus;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.RuleEngine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The "Quick start" code of the top-level README, compiled and run so that it cannot rot. */
class ReadmeQuickStartTest {

    @Test
    void quickStartRunsAsTheReadmeSays() {
        // --- README quick start, verbatim ---
        WorkingDayCalendar cn = Calendars.cn();                        // State Council notices 2020–2026
        LocalDate due = Deadlines.dueDate(cn, LocalDate.of(2025, 9, 19), TimeLimit.workingDays(20));
        // 2025-10-23: National Day skipped, makeup Sunday 9/28 and Saturday 10/11 counted

        Catalog catalog = Catalogs.example();                          // bundled example catalog (YAML)
        Case aCase = CaseIo.example("gjj-bank-first-incomplete");      // or CaseIo.read(Path.of("case.json"))
        RuleEngine engine = RuleEngine.create();
        engine.load("cn-zj");                                          // bundled pack id, or a folder
        Evaluation evaluation = engine.check("cn-zj", aCase, catalog); // acceptance, kind, due dates, receipt
        String notice = evaluation.notice().renderEn();                // one-time notice: everything missing
        // --- end of quick start ---

        assertEquals(LocalDate.of(2025, 10, 23), due);
        assertEquals(AcceptanceStatus.CORRECTION_REQUIRED, evaluation.status());
        assertTrue(notice.contains("loan-contract") && notice.contains("repayment-passbook"), notice);
        assertEquals("cn-zj", evaluation.receipt().packId());
    }
}
