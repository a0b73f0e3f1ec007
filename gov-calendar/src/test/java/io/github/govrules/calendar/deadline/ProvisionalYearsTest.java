package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.CalendarAnswer;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * What the provisional years of a due date and of its explanation mean (review finding: for a
 * natural-day limit they differ). A due date names the uncovered years its value depended on; an
 * explanation also labels every day it lists, so it names those days' uncovered years as well.
 */
class ProvisionalYearsTest {

    private static final WorkingDayCalendar CN = Calendars.cn();

    @Test
    void aNaturalDayDueDateDependsOnlyOnItsLastDaysTheExplanationOnEveryDay() {
        LocalDate start = LocalDate.of(2027, 11, 13);
        TimeLimit limit = TimeLimit.naturalDays(49);
        // day 49 is Saturday 2028-01-01; Art. 203 moves it past 1/1, 1/2 and the substitute day off for New Year's
        // Day on a Saturday (1/3, Art. 6 of the holiday rules, assumed) to 1/4
        CalendarAnswer<LocalDate> due = Deadlines.provisionalDueDate(CN, start, limit);
        assertEquals(LocalDate.of(2028, 1, 4), due.value());
        assertEquals(List.of(Year.of(2028)), due.provisionalYears(), "only 2028's days decided the date");

        DeadlineExplanation explanation = Deadlines.explainProvisional(CN, start, limit, List.of());
        assertEquals(due.value(), explanation.due());
        assertEquals(List.of(Year.of(2027), Year.of(2028)), explanation.provisionalYears(),
                "the explanation labels the days of 2027 too, by guess");
    }

    @Test
    void anExplanationNamesTheDueDatesYearsAndTheYearsOfTheDaysItLists() {
        // starts from late 2026 (covered) into 2027–2028 (not covered), both units, with and without a suspension
        qt().withExamples(300)
                .forAll(integers().between(0, 700), integers().between(0, 120), integers().between(0, 2),
                        integers().between(0, 30))
                .checkAssert((offset, amount, kind, pause) -> {
                    LocalDate start = LocalDate.of(2026, 6, 1).plusDays(offset);
                    TimeLimit limit = switch (kind) {
                        case 0 -> TimeLimit.workingDays(amount);
                        case 1 -> TimeLimit.naturalDays(amount);
                        default -> TimeLimit.onTheSpot();
                    };
                    List<Suspension> suspensions = pause == 0 ? List.of() : List.of(Suspension.of(
                            SuspensionKind.TESTING, start.plusDays(pause), start.plusDays(pause + pause / 3)));
                    CalendarAnswer<LocalDate> due = Deadlines.provisionalDueDate(CN, start, limit, suspensions);
                    DeadlineExplanation explanation = Deadlines.explainProvisional(CN, start, limit, suspensions);
                    assertEquals(due.value(), explanation.due());
                    TreeSet<Year> expected = new TreeSet<>(due.provisionalYears());
                    for (ExplainedDay day : explanation.days()) {
                        if (!CN.covers(day.date())) {
                            expected.add(Year.from(day.date()));
                        }
                    }
                    assertEquals(List.copyOf(expected), explanation.provisionalYears(),
                            () -> limit + " from " + start + " " + suspensions);
                    assertTrue(explanation.provisionalYears().containsAll(due.provisionalYears()));
                    if (limit.unit() == TimeLimitUnit.WORKING_DAYS) {
                        // a working-day due date counts every day it lists: the two lists agree
                        assertEquals(due.provisionalYears(), explanation.provisionalYears(),
                                () -> limit + " from " + start + " " + suspensions);
                    }
                });
    }
}
