package io.github.govrules.examples;

import java.time.LocalDate;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;

/**
 * Working-day calendars (工作日历): is a date a working day, what kind of day is it, shift and count
 * working days, regional overlays, and the loud failure outside the data.
 *
 * <p>Run: {@code java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.CalendarExample}
 *
 * @since 0.1.0
 */
public final class CalendarExample {

    private CalendarExample() {
    }

    /**
     * Prints the example to stdout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // The national calendar, built from the State Council's yearly notices (2020-2026).
        WorkingDayCalendar cn = Calendars.cn();
        System.out.println("Calendar " + cn.id() + " covers " + cn.coverageStart() + " to " + cn.coverageEnd());

        // Sunday 2025-09-28 is a makeup working day (调休上班); Wednesday 2025-10-01 is National Day.
        System.out.println(cn.describe(LocalDate.of(2025, 9, 28)));
        System.out.println(cn.describe(LocalDate.of(2025, 10, 1)));
        System.out.println("2025-09-28 is a working day: " + cn.isWorkingDay(LocalDate.of(2025, 9, 28)));

        // shift(d, n): the n-th working day after d (d itself not counted, Civil Code Art. 201).
        LocalDate due = cn.shift(LocalDate.of(2025, 9, 19), 20);
        System.out.println("2025-09-19 + 20 working days = " + due);
        // count(a, b): the working days in (a, b], so count(d, shift(d, n)) == n.
        System.out.println("working days in (2025-09-19, " + due + "] = "
                + cn.countWorkingDays(LocalDate.of(2025, 9, 19), due));
        System.out.println("working days in 2025 = "
                + cn.countWorkingDays(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));

        // A regional overlay builds on the national calendar: Xinjiang's Eid al-Adha 2025.
        WorkingDayCalendar xj = Calendars.standard().calendar(CalendarId.CN_XJ);
        System.out.println(xj.describe(LocalDate.of(2025, 6, 9)));

        // Outside the notices the calendar fails loudly instead of assuming "weekends only".
        try {
            cn.isWorkingDay(LocalDate.of(2027, 1, 4));
        } catch (DateOutOfCoverageException e) {
            System.out.println("error: " + e.getMessage());
        }
        // ...unless the caller opts in, and then the answer says it is provisional.
        var answer = cn.provisional().isWorkingDay(LocalDate.of(2027, 1, 4));
        System.out.println("2027-01-04 working day (provisional opt-in): " + answer.value()
                + ", provisional=" + answer.isProvisional());
    }
}
