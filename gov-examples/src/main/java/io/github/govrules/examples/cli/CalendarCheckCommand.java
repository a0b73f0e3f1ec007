package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.DayInfo;
import io.github.govrules.calendar.ImmutableWorkingDayCalendar;
import io.github.govrules.calendar.Notice;
import io.github.govrules.calendar.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gov calendar check FILE}: loads a calendar file as {@code --calendar-file} would (into
 * the bundled calendars, after any {@code --calendar-file} given), and shows what it declares:
 * the calendar's coverage before and after, the notices the file adds, and the grid of every
 * year they arrange. The yearly step of an integrator who writes next year's notice as a file
 * before loading it.
 *
 * @since 0.1.0
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Validate a calendar data file and show the years its notices arrange as grids.",
            "The file is loaded as --calendar-file loads it: a file for a calendar already loaded (such as CN) adds"
                + " years to it; an error names the file and line (exit status 2)."})
public final class CalendarCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The calendar data file to check.")
    Path file;

    @Option(names = "--calendar-file", paramLabel = "FILE",
            description = "Load another calendar file first, such as the base of an overlay (repeatable).")
    List<Path> calendarFiles = new ArrayList<>();

    /** Creates the command (picocli instantiates it). */
    public CalendarCheckCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Calendars registry = Calendars.standard();
        for (Path other : calendarFiles) {
            registry = CliCalendars.load(registry, other, err);
        }
        Calendars before = registry;
        CliFiles.requireFile(file, "FILE");
        ImmutableWorkingDayCalendar checked = before.read(file);
        List<Notice> known = before.findCalendar(checked.id())
                .map(c -> c instanceof ImmutableWorkingDayCalendar ic ? ic.notices() : List.<Notice>of()).orElse(List.of());
        List<Notice> added = checked.notices().stream().filter(n -> !known.contains(n))
                .filter(n -> checked.baseId().isEmpty() || before.findCalendar(checked.baseId().get())
                        .map(b -> !(b instanceof ImmutableWorkingDayCalendar ib) || !ib.notices().contains(n)).orElse(true))
                .toList();
        out.println(file + ": OK, calendar " + checked.id() + checked.baseId().map(b -> " (overlay on " + b + ")").orElse("")
                + before.findCalendar(checked.id()).map(c -> ", loaded before for " + c.coverageStart() + " to "
                        + c.coverageEnd() + ", now " + checked.coverageStart() + " to " + checked.coverageEnd())
                        .orElse(", " + checked.coverageStart() + " to " + checked.coverageEnd()));
        for (Notice n : added) {
            out.println("  notice " + n.key() + ": " + n + " — " + n.title() + " (arranges " + n.year()
                    + n.amends().map(a -> ", amends " + a).orElse("") + ")");
        }
        out.println();
        TreeSet<Integer> years = new TreeSet<>();
        added.forEach(n -> years.add(n.year()));
        for (int year : years) {
            printYear(out, checked, year);
        }
        out.println(CalendarCommand.LEGEND);
        return GovCli.EXIT_OK;
    }

    private static void printYear(PrintWriter out, WorkingDayCalendar calendar, int year) {
        Map<YearMonth, List<DayInfo>> days = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<DayInfo> list = new ArrayList<>();
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                list.add(calendar.describe(ym.atDay(d)));
            }
            days.put(ym, list);
        }
        List<YearMonth> months = new ArrayList<>(days.keySet());
        for (int i = 0; i < months.size(); i += 3) {
            List<List<String>> blocks = new ArrayList<>();
            for (int j = i; j < i + 3; j++) {
                blocks.add(CalendarCommand.grid(months.get(j), days.get(months.get(j)), calendar));
            }
            CalendarCommand.printSideBySide(out, blocks);
            out.println();
        }
        CalendarCommand.printDeclaredDays(out, days);
        long working = days.values().stream().flatMap(List::stream).filter(DayInfo::isWorkingDay).count();
        out.println("Working days: " + working + " of " + LocalDate.of(year, 1, 1).lengthOfYear() + " days (" + year + ", calendar "
                + calendar.id() + ")");
        out.println();
    }
}
