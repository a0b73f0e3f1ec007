package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import io.github.govrules.calendar.DayInfo;
import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.HolidayName;
import io.github.govrules.calendar.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gov calendar --calendar CN --year 2025 [--month 10]}: a month grid with holidays, makeup
 * working days and weekends marked, a legend, and the named holidays of the period.
 *
 * @since 0.1.0
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Show a month (or a whole year) as a grid: holidays, makeup working days and weekends marked.",
            "'gov calendar check FILE' validates a calendar file (such as next year's notice) and shows its years."},
        subcommands = CalendarCheckCommand.class)
public final class CalendarCommand implements Callable<Integer> {

    /** Mark after the day number: a day declared off by a notice. */
    static final char HOLIDAY = 'H';
    /** Mark after the day number: a weekend day declared a working day (调休). */
    static final char MAKEUP = 'M';
    /** Mark after the day number: an ordinary weekend day. */
    static final char WEEKEND = 'w';

    static final String LEGEND = "Legend: " + HOLIDAY + " holiday, off (放假)   " + MAKEUP
            + " makeup working day, worked (调休上班)   " + WEEKEND + " weekend   unmarked: working day";

    private static final int CELL = 4;
    private static final int MONTH_WIDTH = 7 * CELL;

    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions calendarOptions;

    // not required by picocli: 'gov calendar check FILE' needs none (picocli would ask the parent for it)
    @Option(names = "--year", paramLabel = "YYYY", description = "The year (required unless 'check').")
    Integer year;

    @Option(names = "--month", paramLabel = "1-12", description = "The month; without it, the whole year.")
    Integer month;

    @Mixin
    FormatOption formatOption;

    /** Creates the command (picocli instantiates it). */
    public CalendarCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() {
        if (year == null) {
            throw new CliInputException("Missing required option: '--year=YYYY' (see 'gov calendar --help')");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new CliInputException("--month: must be 1 to 12, but was " + month);
        }
        if (year < 1 || year > 9999) {
            throw new CliInputException("--year: must be a four-digit year, but was " + year);
        }
        WorkingDayCalendar calendar = calendarOptions.resolve(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        List<YearMonth> months = new ArrayList<>();
        if (month != null) {
            months.add(YearMonth.of(year, month));
        } else {
            for (int m = 1; m <= 12; m++) {
                months.add(YearMonth.of(year, m));
            }
        }
        // Read every day first, so an uncovered period fails before anything is printed.
        Map<YearMonth, List<DayInfo>> days = new LinkedHashMap<>();
        for (YearMonth ym : months) {
            List<DayInfo> list = new ArrayList<>();
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                list.add(calendar.describe(ym.atDay(d)));
            }
            days.put(ym, list);
        }
        if (!formatOption.isText()) {
            printMachine(out, calendar, days);
            return GovCli.EXIT_OK;
        }
        int perRow = months.size() == 1 ? 1 : 3;
        for (int i = 0; i < months.size(); i += perRow) {
            List<List<String>> blocks = new ArrayList<>();
            for (int j = i; j < Math.min(i + perRow, months.size()); j++) {
                blocks.add(grid(months.get(j), days.get(months.get(j)), calendar));
            }
            printSideBySide(out, blocks);
            out.println();
        }
        out.println(LEGEND);
        out.println();
        printDeclaredDays(out, days);
        int working = 0;
        int all = 0;
        for (List<DayInfo> list : days.values()) {
            for (DayInfo info : list) {
                all++;
                working += info.isWorkingDay() ? 1 : 0;
            }
        }
        out.println("Working days: " + working + " of " + all + " days ("
                + (month == null ? String.valueOf(year) : YearMonth.of(year, month).toString())
                + ", calendar " + calendar.id() + ")");
        return GovCli.EXIT_OK;
    }

    /** {@code --format json|csv}: every day of the period (the schema is in the README). */
    private void printMachine(PrintWriter out, WorkingDayCalendar calendar, Map<YearMonth, List<DayInfo>> days) {
        if (formatOption.format == OutputFormat.CSV) {
            Csv.row(out, "date", "weekday", "kind", "workingDay", "holidayZh", "holidayEn", "notice");
            for (List<DayInfo> list : days.values()) {
                for (DayInfo d : list) {
                    Csv.row(out, d.date(), d.date().getDayOfWeek(), d.kind(), d.isWorkingDay(),
                            d.holiday().map(HolidayName::chinese).orElse(null), d.holiday().map(HolidayName::english).orElse(null),
                            d.notice().map(n -> n.number()).orElse(null));
                }
            }
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode root = CliJson.object();
        root.put("calendar", calendar.id().toString());
        root.put("year", year);
        if (month != null) {
            root.put("month", month);
        } else {
            root.putNull("month");
        }
        int working = 0;
        com.fasterxml.jackson.databind.node.ArrayNode array = root.putArray("days");
        for (List<DayInfo> list : days.values()) {
            for (DayInfo d : list) {
                working += d.isWorkingDay() ? 1 : 0;
                com.fasterxml.jackson.databind.node.ObjectNode n = array.addObject().put("date", d.date().toString())
                        .put("weekday", d.date().getDayOfWeek().name()).put("kind", d.kind().name())
                        .put("workingDay", d.isWorkingDay());
                d.holiday().ifPresent(h -> n.putObject("holiday").put("zh", h.chinese()).put("en", h.english()));
                d.notice().ifPresent(x -> n.put("notice", x.number()));
            }
        }
        root.put("workingDays", working);
        root.put("totalDays", array.size());
        CliJson.print(out, root);
    }

    /** The lines of one month: title, weekday header, one line per week. */
    static List<String> grid(YearMonth ym, List<DayInfo> days, WorkingDayCalendar calendar) {
        List<String> lines = new ArrayList<>();
        String title = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear()
                + " · " + calendar.id();
        int pad = Math.max(0, (MONTH_WIDTH - title.length()) / 2);
        lines.add(" ".repeat(pad) + title);
        StringBuilder header = new StringBuilder();
        for (DayOfWeek dow : DayOfWeek.values()) {
            header.append(dow.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), 0, 2).append("  ");
        }
        lines.add(header.toString());
        StringBuilder week = new StringBuilder();
        int column = ym.atDay(1).getDayOfWeek().getValue() - 1;
        week.append(" ".repeat(column * CELL));
        for (DayInfo info : days) {
            week.append(String.format(Locale.ROOT, "%2d%c ", info.date().getDayOfMonth(), mark(info.kind())));
            column++;
            if (column == 7) {
                lines.add(week.toString());
                week.setLength(0);
                column = 0;
            }
        }
        if (week.length() > 0) {
            lines.add(week.toString());
        }
        return lines;
    }

    /** The mark printed after a day number. */
    static char mark(DayKind kind) {
        return switch (kind) {
            case HOLIDAY -> HOLIDAY;
            case MAKEUP_WORKING_DAY -> MAKEUP;
            case WEEKEND -> WEEKEND;
            case WORKING_DAY -> ' ';
        };
    }

    static void printSideBySide(PrintWriter out, List<List<String>> blocks) {
        int height = blocks.stream().mapToInt(List::size).max().orElse(0);
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            for (int b = 0; b < blocks.size(); b++) {
                List<String> block = blocks.get(b);
                String cell = row < block.size() ? block.get(row) : "";
                line.append(cell);
                if (b < blocks.size() - 1) {
                    line.append(" ".repeat(MONTH_WIDTH - cell.length() + 3));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Lists the declared days of the period: off days and makeup working days, grouped into runs. */
    static void printDeclaredDays(PrintWriter out, Map<YearMonth, List<DayInfo>> days) {
        List<String> off = new ArrayList<>();
        List<String> makeup = new ArrayList<>();
        LocalDate runStart = null;
        LocalDate runEnd = null;
        HolidayName runName = null;
        for (List<DayInfo> list : days.values()) {
            for (DayInfo info : list) {
                if (info.kind() == DayKind.HOLIDAY) {
                    HolidayName name = info.holiday().orElse(null);
                    if (runStart != null && runEnd.plusDays(1).equals(info.date()) && Objects.equals(name, runName)) {
                        runEnd = info.date();
                        continue;
                    }
                    if (runStart != null) {
                        off.add(run(runStart, runEnd, runName));
                    }
                    runStart = info.date();
                    runEnd = info.date();
                    runName = name;
                } else if (info.kind() == DayKind.MAKEUP_WORKING_DAY) {
                    makeup.add("  " + info.date() + " " + info.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                            + info.holiday().map(h -> "  for " + h).orElse("")
                            + info.notice().map(n -> "  (" + n.number() + ")").orElse(""));
                }
            }
        }
        if (runStart != null) {
            off.add(run(runStart, runEnd, runName));
        }
        out.println(off.isEmpty() ? "Holidays: none in this period" : "Holidays (off):");
        off.forEach(out::println);
        out.println(makeup.isEmpty() ? "Makeup working days: none in this period" : "Makeup working days (worked):");
        makeup.forEach(out::println);
    }

    private static String run(LocalDate start, LocalDate end, HolidayName name) {
        long length = end.toEpochDay() - start.toEpochDay() + 1;
        return "  " + start + (start.equals(end) ? "            " : ".." + end.toString().substring(5) + "     ")
                + (length == 1 ? " 1 day " : String.format(Locale.ROOT, "%2d days", length))
                + (name == null ? "" : "  " + name);
    }
}
