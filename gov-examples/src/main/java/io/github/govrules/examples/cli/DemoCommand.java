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

    @picocli.CommandLine.Mixin
    FormatOption formatOption;

    /** Creates the command (picocli instantiates it). */
    public DemoCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() {
        if (formatOption.format == OutputFormat.CSV) {
            throw new CliInputException("--format: the demo is a walkthrough, not a table: use --format text or json");
        }
        if (formatOption.format == OutputFormat.JSON) {
            java.io.StringWriter text = new java.io.StringWriter();
            PrintWriter w = new PrintWriter(text);
            walkthrough(w, Texts.of(spec));
            w.flush();
            CliJson.print(spec.commandLine().getOut(), sections(text.toString()));
            return GovCli.EXIT_OK;
        }
        walkthrough(spec.commandLine().getOut(), Texts.of(spec));
        return GovCli.EXIT_OK;
    }

    /**
     * The walkthrough as JSON: {@code {"title": ..., "sections": [{"title": ..., "lines": [...]}]}}, a section per
     * heading (a line underlined with dashes).
     */
    static com.fasterxml.jackson.databind.node.ObjectNode sections(String text) {
        List<String> lines = text.lines().toList();
        com.fasterxml.jackson.databind.node.ObjectNode root = CliJson.object();
        com.fasterxml.jackson.databind.node.ArrayNode intro = CliJson.array();
        com.fasterxml.jackson.databind.node.ArrayNode sections = CliJson.array();
        com.fasterxml.jackson.databind.node.ArrayNode current = intro;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 < lines.size() && !line.isBlank() && lines.get(i + 1).matches("-+")
                    && lines.get(i + 1).length() == TextWidth.of(line)) {
                com.fasterxml.jackson.databind.node.ObjectNode section = sections.addObject();
                section.put("title", line);
                current = section.putArray("lines");
                i++;
                continue;
            }
            if (!line.isBlank()) {
                current.add(line);
            }
        }
        root.set("intro", intro);
        root.set("sections", sections);
        return root;
    }

    private static void walkthrough(PrintWriter out, Texts t) {
        WorkingDayCalendar cn = Calendars.cn();
        out.println(t.get("demo.title"));
        out.println(t.get("demo.calendar", cn.id(), cn.coverageStart().getYear(), cn.coverageEnd().getYear()));
        out.println();
        deadlineAcrossNationalDay(out, cn, t);
        trickyDays(out, cn, t);
        caseClock(out, cn, t);
        outsideTheData(out, cn, t);
        new DemoStory(out, cn, t).run();
        out.flush();
    }

    // ------------------------------------------------------------------ 1. a deadline, explained

    private static void deadlineAcrossNationalDay(PrintWriter out, WorkingDayCalendar cn, Texts t) {
        LocalDate accepted = LocalDate.of(2025, 9, 19);
        TimeLimit limit = TimeLimit.workingDays(20);
        heading(out, t.get("demo.1.heading"));
        out.println(t.get("demo.1.a", dayName(accepted, t), accepted, limit(limit, t)));
        out.println(t.get("demo.1.b"));
        out.println(t.get("demo.1.c"));
        DeadlineExplanation explanation = Deadlines.explain(cn, accepted, limit);
        printRuns(out, explanation, t);
        out.println(t.get("demo.1.due", dayName(explanation.due(), t), explanation.due(), naiveShift(accepted, limit.amount())));
        out.println();
    }

    /** "20 working days", or "20个工作日" in Chinese. */
    static String limit(TimeLimit limit, Texts t) {
        if (!t.isChinese()) {
            return limit.toString();
        }
        return switch (limit.unit()) {
            case WORKING_DAYS -> limit.amount() + "个工作日";
            case NATURAL_DAYS -> limit.amount() + "个自然日";
            default -> limit.toString();
        };
    }

    /** Prints an explanation as runs of days treated alike, one line per run. */
    static void printRuns(PrintWriter out, DeadlineExplanation explanation) {
        printRuns(out, explanation, Texts.of(Texts.Lang.EN));
    }

    /** Prints an explanation as runs of days treated alike, one line per run, in the language of {@code t}. */
    static void printRuns(PrintWriter out, DeadlineExplanation explanation, Texts t) {
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
            String dates = shortDay(first.date(), t) + (i == j ? "" : " – " + shortDay(last.date(), t));
            String what = (t.isChinese() ? t.get("treatment." + first.treatment().name()) : first.treatment().label())
                    + first.suspension().map(k -> " (" + (t.isChinese() ? t.get("suspension." + k.name()) : k.label()) + ")")
                            .orElse("")
                    + first.holiday().map(h -> " " + (t.isChinese() ? h.chinese() : h.chinese() + " " + h.english())).orElse("");
            String counted = first.counted()
                    ? t.get("runs.counted", i == j ? String.valueOf(first.count()) : first.count() + "–" + last.count())
                    : i == movedEnd ? t.get("runs.due") : t.get("runs.notCounted");
            if (i == movedEnd) {
                what += " (" + (t.isChinese() ? t.get("runs.endMoved") : DeadlineExplanation.END_MOVED_WORDS) + ")";
            }
            out.println("  " + TextWidth.padRight(dates, t.isChinese() ? 23 : 21) + "  " + TextWidth.padRight(counted, 15) + " " + what);
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

    private static void trickyDays(PrintWriter out, WorkingDayCalendar cn, Texts t) {
        heading(out, t.get("demo.2.heading"));
        oneDay(out, cn, LocalDate.of(2024, 2, 8), t.get("demo.2.eve2024"), t);
        oneDay(out, cn, LocalDate.of(2025, 1, 27), t.get("demo.2.eve2025"), t);
        oneDay(out, cn, LocalDate.of(2026, 2, 13), t.get("demo.2.makeup2026"), t);
        oneDay(out, cn, LocalDate.of(2020, 1, 31), t.get("demo.2.extension2020"), t);
        LocalDate natural = Deadlines.dueDate(cn, LocalDate.of(2025, 9, 26), TimeLimit.naturalDays(5));
        out.println(t.get("demo.2.natural", natural, dayName(natural, t)));
        Calendars.standard().findCalendar(CalendarId.CN_XJ).ifPresent(xj -> {
            LocalDate start = LocalDate.of(2025, 6, 5);
            out.println(t.get("demo.2.xj", cn.shift(start, 1), xj.shift(start, 1)));
        });
        out.println();
    }

    private static void oneDay(PrintWriter out, WorkingDayCalendar cn, LocalDate start, String why, Texts t) {
        LocalDate due = cn.shift(start, 1);
        out.println(t.get("demo.2.oneDay", start, due, dayName(due, t), why));
    }

    // ------------------------------------------------------------------ 3. a case clock

    private static void caseClock(PrintWriter out, WorkingDayCalendar cn, Texts t) {
        heading(out, t.get("demo.3.heading"));
        LocalDate accepted = LocalDate.of(2026, 1, 26);
        CaseClock clock = CaseClock.start(cn, accepted, TimeLimits.parse("20 working days", "10 working days"));
        out.println(t.get("demo.3.accepted", dayName(accepted, t), accepted));
        out.println(t.get("demo.3.atAcceptance", clock.statutoryDueAsOf(accepted), clock.promisedDueAsOf(accepted)));
        clock = clock.suspend(SuspensionKind.EXPERT_REVIEW, LocalDate.of(2026, 2, 2))
                .resume(LocalDate.of(2026, 2, 27));
        out.println(t.get("demo.3.review"));
        out.println(t.get("demo.3.dues", clock.statutoryDueAsOf(LocalDate.of(2026, 2, 27)),
                clock.promisedDueAsOf(LocalDate.of(2026, 2, 27))));
        clock = clock.extend(Extension.ordinary(LocalDate.of(2026, 3, 9), "agency head 王局长",
                "site inspection of the second premises"));
        LocalDate on = LocalDate.of(2026, 3, 10);
        out.println(t.get("demo.3.extended"));
        out.println(t.get("demo.3.dues", clock.statutoryDueAsOf(on), clock.promisedDueAsOf(on)));
        out.println(t.get("demo.3.supervision"));
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 4), on)) {
            ClockStatus status = clock.status(day, WarningPolicy.DEFAULT);   // as of that day: before the extension on 3/4
            out.println(t.get("demo.3.promised", day, status.promised()));
            out.println(t.get("demo.3.statutory", " ".repeat(10), status.statutory()));
        }
        out.println(t.get("demo.3.runsOn"));
        out.println();
    }

    // ------------------------------------------------------------------ 4. loud outside the data

    private static void outsideTheData(PrintWriter out, WorkingDayCalendar cn, Texts t) {
        heading(out, t.get("demo.4.heading"));
        LocalDate start = LocalDate.of(2026, 12, 20);
        try {
            Deadlines.dueDate(cn, start, TimeLimit.workingDays(20));
            out.println("  (unexpected: the calendar answered)");
        } catch (DateOutOfCoverageException e) {
            out.println(t.get("demo.4.refused", e.getMessage()));
        }
        var provisional = Deadlines.provisionalDueDate(cn, start, TimeLimit.workingDays(20));
        out.println(t.get("demo.4.provisional", provisional.value(), provisional.provisionalYears()));
        out.println();
    }

    // ------------------------------------------------------------------ helpers

    static void heading(PrintWriter out, String title) {
        out.println(title);
        out.println("-".repeat(TextWidth.of(title)));
    }

    /** "Friday", or "星期五" in Chinese. */
    static String dayName(LocalDate date, Texts t) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, t.lang().locale());
    }

    /** "09-19 Fri", or "09-19 周五" in Chinese. */
    static String shortDay(LocalDate date, Texts t) {
        return date.toString().substring(5) + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, t.lang().locale());
    }
}
