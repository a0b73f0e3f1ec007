package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.ClockStatus;
import io.github.govrules.calendar.deadline.DeadlineExplanation;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.ExplainedDay;
import io.github.govrules.calendar.deadline.Extension;
import io.github.govrules.calendar.deadline.SuspensionKind;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.TimeLimits;
import io.github.govrules.calendar.deadline.WarningPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gov demo}: a guided, human-readable walkthrough of the library on real data, finishing
 * in seconds: real deadlines with the reason each day was or was not counted, a case clock, then
 * a provident-fund case from arrival to indicators on the bundled catalog and rule packs.
 *
 * @since 0.1.0
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "A guided walkthrough of the library on real data (takes a few seconds).")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command (picocli instantiates it). */
    public DemoCommand() {
        // nothing to inject
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WorkingDayCalendar cn = Calendars.cn();
        out.println("gov-rules demo: the rules of a Chinese government service hall (政务服务中心), on real data");
        out.println("Calendar " + cn.id() + ": the State Council's holiday notices, " + cn.coverageStart().getYear()
                + "–" + cn.coverageEnd().getYear() + ".");
        out.println();
        deadlineAcrossNationalDay(out, cn);
        trickyDays(out, cn);
        caseClock(out, cn);
        outsideTheData(out, cn);
        new DemoStory(out, cn).run();
        out.flush();
        return GovCli.EXIT_OK;
    }

    // ------------------------------------------------------------------ 1. a deadline, explained

    private static void deadlineAcrossNationalDay(PrintWriter out, WorkingDayCalendar cn) {
        LocalDate accepted = LocalDate.of(2025, 9, 19);
        TimeLimit limit = TimeLimit.workingDays(20);
        heading(out, "1. Twenty working days across National Day 2025");
        out.println("A licence application is accepted on " + dayName(accepted) + " " + accepted + ". The law gives "
                + limit + " to decide");
        out.println("(Administrative Licensing Law Art. 42, counted in working days per Art. 82). The start day is not");
        out.println("counted (Civil Code Art. 201). Day by day:");
        DeadlineExplanation explanation = Deadlines.explain(cn, accepted, limit);
        printRuns(out, explanation);
        out.println("Due: " + dayName(explanation.due()) + " " + explanation.due() + ".  A Monday-to-Friday count would say "
                + naiveShift(accepted, limit.amount()) + ": wrong by the holiday and the two makeup days.");
        out.println();
    }

    /** Prints an explanation as runs of days treated alike, one line per run. */
    static void printRuns(PrintWriter out, DeadlineExplanation explanation) {
        List<ExplainedDay> days = explanation.days();
        int movedEnd = explanation.endMovedPastRestDays() ? days.size() - 1 : -1; // the due date, on a line of its own
        int i = 0;
        while (i < days.size()) {
            ExplainedDay first = days.get(i);
            int j = i;
            while (j + 1 < days.size() && sameRun(first, days.get(j + 1))
                    && days.get(j + 1).date().equals(days.get(j).date().plusDays(1))) {
                j++;
            }
            if (j == movedEnd && j > i) {
                j--;
            }
            ExplainedDay last = days.get(j);
            String dates = shortDay(first.date()) + (i == j ? "" : " – " + shortDay(last.date()));
            String what = first.treatment().label()
                    + first.suspension().map(k -> " (" + k.label() + ")").orElse("")
                    + first.holiday().map(h -> " " + h.chinese() + " " + h.english()).orElse("");
            String counted = first.counted()
                    ? "counted " + (i == j ? String.valueOf(first.count()) : first.count() + "–" + last.count())
                    : i == movedEnd ? "due" : "not counted";
            if (i == movedEnd) {
                what += " (" + DeadlineExplanation.END_MOVED_WORDS + ")";
            }
            out.printf(Locale.ROOT, "  %-21s  %-15s %s%n", dates, counted, what);
            i = j + 1;
        }
    }

    private static boolean sameRun(ExplainedDay a, ExplainedDay b) {
        return a.treatment() == b.treatment() && a.counted() == b.counted()
                && Objects.equals(a.holiday(), b.holiday()) && Objects.equals(a.suspension(), b.suspension());
    }

    /** The n-th Monday-to-Friday day after the start: what a calendar without holiday data would answer. */
    static LocalDate naiveShift(LocalDate start, int n) {
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return d;
    }

    // ------------------------------------------------------------------ 2. tricky days

    private static void trickyDays(PrintWriter out, WorkingDayCalendar cn) {
        heading(out, "2. Days that calendars without the notices get wrong");
        oneDay(out, cn, LocalDate.of(2024, 2, 8), "New Year's Eve 2024 (Friday 2/9) was still a working day");
        oneDay(out, cn, LocalDate.of(2025, 1, 27), "from 2025 New Year's Eve is a statutory holiday: 1/28-2/4 off");
        oneDay(out, cn, LocalDate.of(2026, 2, 13), "Saturday 2026-02-14 is a makeup working day before Spring Festival");
        oneDay(out, cn, LocalDate.of(2020, 1, 31), "2020: the extension notice turned makeup Saturday 2/1 into an off day");
        LocalDate natural = Deadlines.dueDate(cn, LocalDate.of(2025, 9, 26), TimeLimit.naturalDays(5));
        out.println("  2025-09-26 + 5 natural days    = " + natural + " " + dayName(natural)
                + "  (day 5 is 10/1, a holiday: the period ends the day after the holiday, Civil Code Art. 203)");
        Calendars.standard().findCalendar(CalendarId.CN_XJ).ifPresent(xj -> {
            LocalDate start = LocalDate.of(2025, 6, 5);
            out.println("  2025-06-05 + 1 working day     = " + cn.shift(start, 1) + " nationally, "
                    + xj.shift(start, 1) + " in Xinjiang (CN-XJ overlay: Eid al-Adha 6/6-6/10)");
        });
        out.println();
    }

    private static void oneDay(PrintWriter out, WorkingDayCalendar cn, LocalDate start, String why) {
        LocalDate due = cn.shift(start, 1);
        out.println("  " + start + " + 1 working day     = " + due + " " + dayName(due) + "  (" + why + ")");
    }

    // ------------------------------------------------------------------ 3. a case clock

    private static void caseClock(PrintWriter out, WorkingDayCalendar cn) {
        heading(out, "3. A case clock: expert review over Spring Festival 2026, then one extension");
        LocalDate accepted = LocalDate.of(2026, 1, 26);
        CaseClock clock = CaseClock.start(cn, accepted, TimeLimits.parse("20 working days", "10 working days"));
        out.println("Accepted " + dayName(accepted) + " " + accepted + "; statutory limit 20 working days, promised 10.");
        out.println("  due dates at acceptance:  statutory " + clock.statutoryDueAsOf(accepted)
                + ", promised " + clock.promisedDueAsOf(accepted));
        clock = clock.suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2026, 2, 2))
                .resume(LocalDate.of(2026, 2, 27));
        out.println("  expert review 2026-02-02 to 2026-02-27 is not counted (Art. 45):");
        out.println("                            statutory " + clock.statutoryDueAsOf(LocalDate.of(2026, 2, 27))
                + ", promised " + clock.promisedDueAsOf(LocalDate.of(2026, 2, 27)));
        clock = clock.extend(Extension.ordinary(LocalDate.of(2026, 3, 9), "agency head 王局长",
                "site inspection of the second premises"));
        LocalDate on = LocalDate.of(2026, 3, 10);
        out.println("  extended once by 10 working days on 2026-03-09 (Art. 42, approved by the agency head):");
        out.println("                            statutory " + clock.statutoryDueAsOf(on) + ", promised " + clock.promisedDueAsOf(on));
        out.println("  electronic supervision (yellow when <= 2 working days are left or >= 80% used, red when overdue):");
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 4), on)) {
            ClockStatus status = clock.status(day, WarningPolicy.DEFAULT);   // as of that day: before the extension on 3/4
            out.println("    " + day + "  promised:  " + status.promised());
            out.println("    " + " ".repeat(10) + "  statutory: " + status.statutory());
        }
        out.println("  Supervision runs on the promised limit, legality on the statutory one.");
        out.println();
    }

    // ------------------------------------------------------------------ 4. loud outside the data

    private static void outsideTheData(PrintWriter out, WorkingDayCalendar cn) {
        heading(out, "4. Outside the notices: loud, never guessed silently");
        LocalDate start = LocalDate.of(2026, 12, 20);
        try {
            Deadlines.dueDate(cn, start, TimeLimit.workingDays(20));
            out.println("  (unexpected: the calendar answered)");
        } catch (DateOutOfCoverageException e) {
            out.println("  2026-12-20 + 20 working days: " + e.getMessage());
        }
        var provisional = Deadlines.provisionalDueDate(cn, start, TimeLimit.workingDays(20));
        out.println("  opt-in provisional answer: " + provisional.value() + ", marked provisional for "
                + provisional.provisionalYears() + " until the State Council publishes that year's notice");
        out.println();
    }

    // ------------------------------------------------------------------ helpers

    static void heading(PrintWriter out, String title) {
        out.println(title);
        out.println("-".repeat(title.length()));
    }

    private static String dayName(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String shortDay(LocalDate date) {
        return date.toString().substring(5) + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
