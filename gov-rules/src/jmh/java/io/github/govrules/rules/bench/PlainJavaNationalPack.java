package io.github.govrules.rules.bench;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.NoticeWindow;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.rules.CaseInput;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.rules.fact.MaterialProblem;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national pack {@code cn} written by hand in plain Java: the upper bound of the benchmark.
 * Same decisions: findings (missing / wrong form / too few), deemed acceptance, immediate vs
 * promised, notice deadline and due dates.
 */
final class PlainJavaNationalPack {

    record Finding(String code, MaterialProblem problem) {
    }

    record Result(List<Finding> findings, String kind, boolean deemed, LocalDate notice, LocalDate due1, LocalDate due2) {
    }

    private final WorkingDayCalendar calendar;

    PlainJavaNationalPack(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    Result evaluate(CaseInput in, LocalDate on) {
        List<Finding> findings = new ArrayList<>();
        for (RequiredMaterial m : in.materials()) {
            if (!m.isMandatory() || !m.appliesTo(in.situations())) {
                continue;
            }
            List<SubmittedMaterial> given = new ArrayList<>(2);
            for (SubmittedMaterial s : in.submitted()) {
                if (s.code().equals(m.code())) {
                    given.add(s);
                }
            }
            if (given.isEmpty()) {
                findings.add(new Finding(m.code(), MaterialProblem.MISSING));
                continue;
            }
            if (!m.missingForms(given).isEmpty()) {
                findings.add(new Finding(m.code(), MaterialProblem.WRONG_FORM));
            }
            for (SubmittedMaterial s : given) {
                MaterialForm f = s.form();
                if (s.count() < m.count(f)) {
                    findings.add(new Finding(m.code(), MaterialProblem.WRONG_COUNT));
                }
            }
        }
        LocalDate notice = NoticeWindow.of(calendar, in.receivedOn()).lastDay();
        boolean deemed = !findings.isEmpty() && on.isAfter(notice);
        String kind = in.item().isOnTheSpot() && findings.isEmpty() ? "immediate" : "promised";
        LocalDate accepted = deemed ? in.receivedOn() : on;
        LocalDate due1 = null;
        LocalDate due2 = null;
        if (findings.isEmpty() || deemed) {
            if (kind.equals("immediate")) {
                due1 = Deadlines.dueDate(calendar, accepted, TimeLimit.onTheSpot());
            } else {
                due1 = Deadlines.dueDate(calendar, accepted, in.item().promisedLimit());
                due2 = Deadlines.dueDate(calendar, accepted, in.item().statutoryLimit());
            }
        }
        return new Result(findings, kind, deemed, notice, due1, due2);
    }
}
